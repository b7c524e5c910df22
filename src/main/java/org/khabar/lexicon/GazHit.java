package org.khabar.lexicon;

/** What a gazetteer phrase means: the entity named, or (nisba) an adjective of its country. */
public record GazHit(GazEntry entry, boolean nisba) {}
