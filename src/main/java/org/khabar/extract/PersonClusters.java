package org.khabar.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.graph.EntityType;
import org.khabar.lexicon.Ids;
import org.khabar.lexicon.PhraseIndex;

/**
 * One person per referent within an article: «سيرغي لافروف», «لافروف» and «سيرجي لافروف» are one
 * cluster. A shorter name joins a longer one when it is its surname part (a suffix that does not
 * start after «بن»/«عبد») or its given part before a connector («الملك سلمان» → «سلمان بن عبد
 * العزيز»), and only when exactly one cluster fits. Surnames then find the later bare mentions.
 */
final class PersonClusters {
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, Cluster> byKey = new HashMap<>();

    static final class Cluster {
        final String[] keys;
        String id;
        Cluster(String[] keys, String id) { this.keys = keys; this.id = id; }
    }

    /** Clusters the person mentions of the document, propagates surnames, and returns mention → entity id. */
    static Map<Mention, String> resolve(Doc d) {
        PersonClusters pc = new PersonClusters();
        List<Mention> persons = new ArrayList<>();
        for (Mention m : d.mentions()) if (m.type() == EntityType.PERSON) persons.add(m);
        // gazetteer persons first, then longest names first (each key split once, not at each comparison)
        List<Named> order = new ArrayList<>(persons.size());
        for (Mention m : persons) order.add(new Named(m, m.key().split(" ")));
        order.sort((a, b) -> {
            int ga = a.mention.entityId() != null ? 0 : 1, gb = b.mention.entityId() != null ? 0 : 1;
            if (ga != gb) return ga - gb;
            return b.keys.length - a.keys.length;
        });
        for (Named n : order) pc.place(n.mention, n.keys);
        // propagate: every full name and allowed surname form, when it names exactly one cluster
        PhraseIndex<Cluster> forms = pc.forms();
        for (int i = 0; i < d.size(); i++) {
            if (!d.isWord(i) || d.mentionAt(i) != null) continue;
            PhraseIndex.Match<Cluster> hit = forms.match(d.words, i, true);
            if (hit == null) continue;
            boolean free = true;
            for (int k = hit.first(); k < hit.last(); k++) if (d.mentionAt(k) != null) free = false;
            if (!free || hit.value() == null) continue;
            // a one-letter proclitic before a short surname is too ambiguous
            if (hit.last() - hit.first() == 1 && d.tok(i).key().length() - hit.stripped() < 3) continue;
            Mention m = d.mention(hit.first(), hit.last(), hit.stripped(), EntityType.PERSON, null, null, "propagated");
            if (d.add(m, false)) {
                pc.byKey.put(m.key(), hit.value());
                i = hit.last() - 1;
            }
        }
        Map<Mention, String> ids = new LinkedHashMap<>();
        for (Mention m : d.mentions()) {
            if (m.type() != EntityType.PERSON) continue;
            Cluster c = pc.byKey.get(m.key());
            if (c == null) c = pc.place(m);
            ids.put(m, c.id);
        }
        return ids;
    }

    /** A person mention and the words of its key. */
    private record Named(Mention mention, String[] keys) {}

    private Cluster place(Mention m) {
        Cluster known = byKey.get(m.key());
        return known != null ? known : place(m, m.key().split(" "));
    }

    /** {@link #place(Mention)} given {@code m.key().split(" ")}. */
    private Cluster place(Mention m, String[] keys) {
        Cluster known = byKey.get(m.key());
        if (known != null) return known;
        Cluster fit = null;
        int fits = 0;
        for (Cluster c : clusters) {
            if (m.entityId() != null && m.entityId().equals(c.id) || joins(keys, c.keys)) {
                if (fit == null) fit = c;
                fits++;
            }
        }
        if (fits >= 1) {
            // ambiguous short names go to the first (longest, earliest) cluster: better one entity than a duplicate
            byKey.put(m.key(), fit);
            return fit;
        }
        Cluster c = new Cluster(keys, m.entityId() != null ? m.entityId() : Ids.hashed("person", m.key()));
        clusters.add(c);
        byKey.put(m.key(), c);
        return c;
    }

    /** True when {@code shorter} is the full name, an allowed surname suffix, or a given-name prefix of {@code longer}. */
    static boolean joins(String[] shorter, String[] longer) {
        if (Arrays.equals(shorter, longer)) return true;
        int n = shorter.length, l = longer.length;
        if (n >= l) return false;
        boolean suffix = true;
        for (int k = 0; k < n; k++) if (!shorter[k].equals(longer[l - n + k])) suffix = false;
        if (suffix && allowedSuffixStart(longer, l - n)) return true;
        boolean prefix = true;
        for (int k = 0; k < n; k++) if (!shorter[k].equals(longer[k])) prefix = false;
        return prefix && (Names.CONNECTORS.contains(longer[n]) || n >= 2);
    }

    /** «الملك عبدالله الثاني»: a regnal ordinal alone is no surname. */
    private static final java.util.Set<String> ORDINALS = java.util.Set.of("الأول", "الثاني", "الثالث", "الرابع", "الخامس",
            "السادس", "السابع", "الثامن", "التاسع", "العاشر").stream().map(org.khabar.text.ArabicNormalizer::key)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static boolean allowedSuffixStart(String[] keys, int s) {
        if (s <= 0) return false;
        if (keys.length - s == 1 && ORDINALS.contains(keys[s])) return false;
        if (Names.CONNECTORS.contains(keys[s - 1]) || Names.CONNECTORS.contains(keys[s])) return false;
        return keys.length - s > 1 || keys[s].length() >= 3;
    }

    private PhraseIndex<Cluster> forms() {
        Map<String, Cluster> unique = new HashMap<>();
        Map<String, Boolean> clash = new HashMap<>();
        for (Cluster c : clusters) {
            List<String> fs = new ArrayList<>();
            fs.add(String.join(" ", c.keys));
            for (int s = 1; s < c.keys.length; s++) {
                if (allowedSuffixStart(c.keys, s)) fs.add(String.join(" ", Arrays.copyOfRange(c.keys, s, c.keys.length)));
            }
            for (String f : fs) {
                Cluster prev = unique.putIfAbsent(f, c);
                if (prev != null && prev != c) clash.put(f, true);
            }
        }
        for (Map.Entry<String, Cluster> e : byKey.entrySet()) unique.putIfAbsent(e.getKey(), e.getValue());
        PhraseIndex<Cluster> idx = new PhraseIndex<>();
        for (Map.Entry<String, Cluster> e : unique.entrySet()) {
            if (!clash.containsKey(e.getKey())) idx.add(e.getKey(), e.getValue());
        }
        return idx;
    }
}
