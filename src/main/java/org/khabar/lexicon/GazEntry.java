package org.khabar.lexicon;

import org.khabar.graph.EntityType;

/**
 * A known entity from the gazetteer.
 *
 * @param id        {@code country:RU}, {@code q:Q649}, or a hashed id
 * @param type      entity type
 * @param name      canonical Arabic name
 * @param nameEn    nullable English name
 * @param kind      place/org kind (capital, city, outlet, ...) or "" ; for persons the gender m/f
 * @param countryId nullable id of the country it is in or belongs to
 * @param role      nullable role words (persons)
 */
public record GazEntry(String id, EntityType type, String name, String nameEn, String kind, String countryId, String role) {}
