package org.khabar.extract;

import org.khabar.graph.EntityType;

/**
 * A stretch of text that names an entity: tokens {@code [first, last)}, characters
 * {@code [start, end)} (proclitics excluded).
 *
 * @param surface   the characters as written (no proclitics)
 * @param key       the matching key of the name
 * @param entityId  nullable until resolved; gazetteer ids are known at once
 * @param countryId nullable country the entity belongs to (org nisba, gazetteer country)
 * @param via       how it was found: gazetteer | pattern | role | propagated | quoted
 */
record Mention(int first, int last, int start, int end, EntityType type, String surface, String key,
               String entityId, String countryId, String via) {

    Mention withId(String id) {
        return new Mention(first, last, start, end, type, surface, key, id, countryId, via);
    }

    boolean covers(int token) { return token >= first && token < last; }

    /** Mentions are map keys: their positions hash cheaply (equality stays the record's, over all fields). */
    @Override
    public int hashCode() { return ((first * 31 + last) * 31 + start) * 31 + end; }
}
