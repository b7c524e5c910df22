package org.khabar.neo4j;

import org.khabar.graph.DocumentGraph;

/** Test graphs for tests outside this package. */
public final class TestGraphs {
    private TestGraphs() {}

    /** The hand-built graph of samples/seed.txt. */
    public static DocumentGraph seed() {
        return SeedGraph.graph();
    }
}
