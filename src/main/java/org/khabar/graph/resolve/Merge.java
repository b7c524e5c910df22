package org.khabar.graph.resolve;

import java.util.Objects;
import org.khabar.graph.EntityType;

/**
 * One merge decision: the entity {@code fromId} is the same referent as {@code intoId} and goes into it.
 *
 * @param evidence why, in one sentence a reader can check («لافروف» and «سيرغي لافروف» …)
 */
public record Merge(String fromId, String fromName, String intoId, String intoName, EntityType type, Rule rule,
                    String evidence) {
    public Merge {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(intoId, "intoId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        if (fromId.equals(intoId)) throw new IllegalArgumentException("an entity cannot merge into itself: " + fromId);
    }

    /** The named rules a merge is made by. */
    public enum Rule {
        /** Two full names that are spellings of one name («سيرجي لافروف», «سيرغي لافروف»). */
        SPELLING("spelling"),
        /** A family name alone («لافروف») and the one full name it ends, with agreeing evidence. */
        FAMILY_NAME("family-name");

        private final String label;

        Rule(String label) { this.label = label; }

        /** The name shown and stored, e.g. {@code family-name}. */
        public String label() { return label; }

        public static Rule fromLabel(String label) {
            for (Rule r : values()) if (r.label.equals(label)) return r;
            throw new IllegalArgumentException("unknown merge rule '" + label + "'");
        }
    }
}
