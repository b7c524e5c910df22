package org.khabar.neo4j;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Neo4jLoader} did: articles by outcome and graph changes.
 *
 * @param warnings dangling references and the like, at most a bounded number (the first ones)
 */
public record LoadSummary(int loaded, int replaced, int unchanged, int failed, long nodesCreated,
                          long relationshipsCreated, long nodesDeleted, long relationshipsDeleted,
                          List<String> warnings, int warningCount) {
    public LoadSummary {
        warnings = List.copyOf(warnings);
    }

    static final class Builder {
        private final int maxWarnings;
        private final List<String> warnings = new ArrayList<>();
        private int warningCount, loaded, replaced, unchanged, failed;
        private long nodesCreated, relsCreated, nodesDeleted, relsDeleted;

        Builder(int maxWarnings) {
            this.maxWarnings = maxWarnings;
        }

        synchronized void add(Neo4jLoader.Outcome o, int nc, int rc, int nd, int rd) {
            switch (o) {
                case LOADED -> loaded++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            nodesCreated += nc;
            relsCreated += rc;
            nodesDeleted += nd;
            relsDeleted += rd;
        }

        synchronized void failed() { failed++; }

        /** Relationships created outside any article's batch (places linked after concurrent batches). */
        synchronized void linked(long rels) { relsCreated += rels; }

        synchronized void warn(String w) {
            warningCount++;
            if (warnings.size() < maxWarnings) warnings.add(w);
        }

        synchronized LoadSummary build() {
            return new LoadSummary(loaded, replaced, unchanged, failed, nodesCreated, relsCreated, nodesDeleted,
                    relsDeleted, warnings, warningCount);
        }
    }
}
