package org.khabar.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.graph.EntityType;

/**
 * The known names: countries (with nisba adjectives generated from the masculine nisba), places,
 * organizations, persons and given names, from {@code countries.tsv}, {@code places.tsv},
 * {@code organizations.tsv}, {@code persons.tsv}, {@code given-names.tsv}. Missing files give
 * an empty part (pattern-based finding still works).
 */
public final class Gazetteer {
    private final PhraseIndex<GazHit> names = new PhraseIndex<>();
    private final Map<String, String> givenNames = new HashMap<>();
    private final Map<String, String> givenOrigins = new HashMap<>();
    private final Map<String, GazEntry> byId = new HashMap<>();
    /** Given-name gender and origin by vocabulary id, once the lexicon has compiled them. */
    private String[] genderById = new String[0];
    private String[] originById = new String[0];

    public PhraseIndex<GazHit> names() { return names; }

    /** Gender ("m"/"f"/"") of a given name key, or null when it is not a known given name. */
    public String givenName(String key) { return givenNames.get(key); }

    /** Origin ("arabic", "foreign", ...) of a given name key, or null when it is not a known given name. */
    public String givenOrigin(String key) { return givenOrigins.get(key); }

    /** {@link #givenName(String)} by vocabulary id ({@link Vocabulary#NONE} gives null). */
    public String givenName(int wordId) { return wordId < 0 ? null : genderById[wordId]; }

    /** {@link #givenOrigin(String)} by vocabulary id ({@link Vocabulary#NONE} gives null). */
    public String givenOrigin(int wordId) { return wordId < 0 ? null : originById[wordId]; }

    public GazEntry byId(String id) { return byId.get(id); }

    void collectWords(java.util.Collection<String> out) {
        names.collectWords(out);
        out.addAll(givenNames.keySet());
    }

    void compile(Vocabulary v, int bit, int[] starts) {
        names.compile(v, bit, starts);
        String[] g = new String[v.size()];
        String[] o = new String[v.size()];
        for (Map.Entry<String, String> e : givenNames.entrySet()) g[v.id(e.getKey())] = e.getValue();
        for (Map.Entry<String, String> e : givenOrigins.entrySet()) o[v.id(e.getKey())] = e.getValue();
        genderById = g;
        originById = o;
    }

    public static Gazetteer load(Loader loader) {
        Gazetteer g = new Gazetteer();
        Tsv c = loader.open("countries.tsv");
        if (c != null) g.loadCountries(c);
        Tsv p = loader.open("places.tsv");
        if (p != null) g.loadNamed(p, EntityType.PLACE, "place");
        Tsv o = loader.open("organizations.tsv");
        if (o != null) g.loadNamed(o, EntityType.ORGANIZATION, "org");
        Tsv pe = loader.open("persons.tsv");
        if (pe != null) g.loadPersons(pe);
        Tsv gn = loader.open("given-names.tsv");
        if (gn != null) {
            for (Tsv.Row r : gn.rows()) {
                String n = gn.get(r, "name_ar");
                if (n.isEmpty()) continue;
                String key = org.khabar.text.ArabicNormalizer.key(n);
                g.givenNames.putIfAbsent(key, gn.get(r, "gender"));
                g.givenOrigins.putIfAbsent(key, gn.has("origin") ? gn.get(r, "origin") : "");
            }
        }
        return g;
    }

    /** Where lexicon files come from (the classpath, a directory, a test fixture). */
    @FunctionalInterface
    public interface Loader {
        Tsv open(String name);
    }

    private void loadCountries(Tsv t) {
        List<Object[]> nisbas = new ArrayList<>();
        for (Tsv.Row r : t.rows()) {
            String iso = t.require(r, "iso2").toUpperCase(Locale.ROOT);
            String name = t.require(r, "name_ar");
            GazEntry e = new GazEntry("country:" + iso, EntityType.COUNTRY, name, emptyToNull(t.get(r, "name_en")),
                    "country", null, null);
            byId.put(e.id(), e);
            GazHit hit = new GazHit(e, false);
            names.add(name, hit);
            for (String v : t.list(r, "variants_ar")) names.add(v, hit);
            nisbas.add(new Object[]{e, t.list(r, "nisba_m")});
        }
        // nisba forms after all names, so that a name always wins a clash (سورية is Syria)
        for (Object[] n : nisbas) {
            GazHit hit = new GazHit((GazEntry) n[0], true);
            @SuppressWarnings("unchecked") List<String> ms = (List<String>) n[1];
            for (String m : ms) for (String f : Nisba.forms(m)) names.add(f, hit);
        }
    }

    private void loadNamed(Tsv t, EntityType type, String prefix) {
        for (Tsv.Row r : t.rows()) {
            String name = t.require(r, "name_ar");
            String wd = t.get(r, "wikidata");
            String country = t.get(r, "country");
            String id = wd.isEmpty() ? Ids.hashed(prefix, name) : "q:" + wd;
            GazEntry e = new GazEntry(id, type, name, emptyToNull(t.get(r, "name_en")), t.get(r, "kind"),
                    country.isEmpty() ? null : "country:" + country.toUpperCase(Locale.ROOT), null);
            byId.putIfAbsent(id, e);
            GazHit hit = new GazHit(e, false);
            names.add(name, hit);
            for (String v : t.list(r, "variants_ar")) names.add(v, hit);
        }
    }

    private void loadPersons(Tsv t) {
        for (Tsv.Row r : t.rows()) {
            String name = t.require(r, "name_ar");
            String wd = t.get(r, "wikidata");
            String country = t.get(r, "country");
            String id = wd.isEmpty() ? Ids.hashed("person", name) : "q:" + wd;
            GazEntry e = new GazEntry(id, EntityType.PERSON, name, emptyToNull(t.get(r, "name_en")), t.get(r, "gender"),
                    country.isEmpty() ? null : "country:" + country.toUpperCase(Locale.ROOT), emptyToNull(t.get(r, "role_ar")));
            byId.putIfAbsent(id, e);
            GazHit hit = new GazHit(e, false);
            names.add(name, hit);
            for (String v : t.list(r, "variants_ar")) names.add(v, hit);
        }
    }

    private static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }
}
