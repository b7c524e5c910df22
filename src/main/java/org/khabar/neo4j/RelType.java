package org.khabar.neo4j;

import org.khabar.graph.SpeechType;

/**
 * Every relationship type khabar writes besides the speech acts ({@link SpeechType}); the enum
 * names are the Neo4j relationship types, so Cypher text is built only from khabar's own names.
 */
enum RelType {
    MET_WITH, ABOUT, TARGETS, ADDRESSED_TO, REPORTS, MENTIONS, HOLDS_ROLE, LOCATED_IN,
    PARTICIPATED_IN, OCCURRED_IN, PUBLISHED_BY,
    /** From a {@code :Merge} record to the entity a merged entity went into ({@link EntityResolution}). */
    INTO
}
