package org.khabar.lexicon;

import java.util.Set;

/** The bundled lexicon with a small constructed gazetteer (src/test/resources/fixture/lexicon) instead of the real one. */
public final class FixtureLexicon {
    private static final Set<String> GAZETTEER = Set.of("countries.tsv", "places.tsv", "organizations.tsv", "persons.tsv", "given-names.tsv");
    private static final Lexicon LEXICON = Lexicon.load(name -> GAZETTEER.contains(name)
            ? Tsv.fromClasspath("fixture/lexicon/" + name) : Tsv.fromClasspath(Tsv.BASE + name));

    private FixtureLexicon() {}

    public static Lexicon get() { return LEXICON; }
}
