package org.khabar.graph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.khabar.graph.EntityType;
import org.khabar.text.ArabicNormalizer;

/**
 * Cross-article entity resolution: which stored entities are one real-world referent.
 *
 * <pre>{@code
 * EntityResolver r = EntityResolver.with(givenName, nativeName);
 * List<Merge> merges = r.resolve(summaries);   // from-id → into-id, rule, evidence
 * }</pre>
 *
 * <p>Rules, in order:
 * <ol>
 * <li>{@link Merge.Rule#SPELLING}: persons whose full names (two words or more) have the same
 *     {@link NameVariants} key are one, unless the evidence disagrees (two different gazetteer
 *     ids, or roles held in different countries only); a name of given names only («أحمد عبد الله»,
 *     «عبد الرحمن بن عبد الله»: no family name) needs a role of more than one word or a role in the
 *     same place too, unless it names three generations. Organizations and places merge on a conservative key
 *     (folding, doubled letters and compounds only: «أبو ظبي» = «أبوظبي»).</li>
 * <li>{@link Merge.Rule#FAMILY_NAME}: a person named by one word only («لافروف») goes into the
 *     one full-name person whose last word is the same word up to folding, doubled letters and
 *     compounds (not the looser transliteration key: single words collide too easily), only when no other full name has that
 *     word as its first or last word, the word is no known given name, and there is evidence: the
 *     same role title, a role in the same organization or country, the other's role organization or
 *     country named in the same articles, or two less common persons or organizations named in the
 *     articles of both. Roles in different countries only forbid the merge.</li>
 * </ol>
 * Never across entity types; never on a shared given name alone. The result depends only on the
 * set of summaries (not their order): every merge goes into the canonical member of its group (a
 * gazetteer id first, then most articles, more words, the longer name, the smaller id).
 */
public final class EntityResolver {
    private static final Comparator<EntitySummary> CANONICAL = Comparator
            .comparing((EntitySummary e) -> !e.gazetteer())
            .thenComparing(e -> -e.articles().size())
            .thenComparing(e -> -NameVariants.words(e.name()).size())
            .thenComparing(e -> -e.name().length())
            .thenComparing(EntitySummary::id);

    private final Predicate<String> givenName;
    private final NameVariants variants;

    private EntityResolver(Predicate<String> givenName, Predicate<String> nativeName) {
        this.givenName = givenName;
        this.variants = NameVariants.with(nativeName);
    }

    /**
     * @param givenName  true for a folded word that is a known given name (never a family name alone)
     * @param nativeName true for a folded word that is a known native given name (spelled as is)
     */
    public static EntityResolver with(Predicate<String> givenName, Predicate<String> nativeName) {
        return new EntityResolver(Objects.requireNonNull(givenName, "givenName"),
                Objects.requireNonNull(nativeName, "nativeName"));
    }

    /** The merges that make one entity per referent, sorted by rule, then from-id. */
    public List<Merge> resolve(Collection<EntitySummary> entities) {
        Run run = new Run(entities);
        List<Merge> out = new ArrayList<>(run.spelling());
        out.addAll(run.familyNames());
        out.sort(Comparator.comparing(Merge::rule).thenComparing(Merge::fromId));
        return List.copyOf(out);
    }

    /** The state of one resolution: summaries by id, mentions by article, merged groups. */
    private final class Run {
        final Map<String, EntitySummary> byId = new TreeMap<>();
        final Map<String, List<String>> byArticle = new HashMap<>();
        /** Canonical id → the members of its group (itself included). */
        final Map<String, List<EntitySummary>> groups = new TreeMap<>();
        final Map<String, String> rootOf = new HashMap<>();
        final int commonAt;

        Run(Collection<EntitySummary> entities) {
            for (EntitySummary e : entities) {
                if (byId.put(e.id(), e) != null) throw new IllegalArgumentException("entity " + e.id() + " is given twice");
            }
            Set<String> articles = new HashSet<>();
            for (EntitySummary e : byId.values()) {
                for (String a : e.articles()) byArticle.computeIfAbsent(a, x -> new ArrayList<>()).add(e.id());
                articles.addAll(e.articles());
            }
            // an entity named in more articles than this is too common to tell two referents apart
            commonAt = Math.max(20, articles.size() / 50);
            for (EntitySummary e : byId.values()) {
                groups.put(e.id(), new ArrayList<>(List.of(e)));
                rootOf.put(e.id(), e.id());
            }
        }

        List<Merge> spelling() {
            Map<String, List<EntitySummary>> byKey = new TreeMap<>();
            for (EntitySummary e : byId.values()) {
                String key = spellingKey(e);
                if (key != null) byKey.computeIfAbsent(e.type() + "|" + key, k -> new ArrayList<>()).add(e);
            }
            List<Merge> out = new ArrayList<>();
            for (List<EntitySummary> same : byKey.values()) {
                if (same.size() < 2) continue;
                same.sort(CANONICAL);
                EntitySummary into = same.get(0);
                for (EntitySummary from : same.subList(1, same.size())) {
                    if (from.gazetteer() && into.gazetteer()) continue;
                    if (conflict(List.of(from), groups.get(into.id())) != null) continue;
                    String agree = agreement(List.of(from), groups.get(into.id()));
                    // «أحمد عبدالله», «عبد الرحمن بن عبد الله»: given names only, many people; only with a
                    // specific agreeing role (not a bare title such as «الدكتور»), unless three generations are named
                    if (from.type() == EntityType.PERSON && givenNamesOnly(from.name())
                            && generations(from.name()) < 3 && !specificAgreement(List.of(from), groups.get(into.id()))) {
                        continue;
                    }
                    out.add(new Merge(from.id(), from.name(), into.id(), into.name(), from.type(), Merge.Rule.SPELLING,
                            "«" + from.name() + "» and «" + into.name() + "» are spellings of one name"
                                    + (agree == null ? "" : "; " + agree)));
                    join(from, into);
                }
            }
            return out;
        }

        /** The number of name words but «بن». */
        int generations(String name) {
            return (int) NameVariants.words(name).stream().filter(w -> !w.equals("بن")).count();
        }

        /** Roles that agree and say more than a bare title («الدكتور», «الأمير»): a title of two words or more, or a place. */
        boolean specificAgreement(List<EntitySummary> a, List<EntitySummary> b) {
            Set<String> titles = new HashSet<>();
            for (EntitySummary e : b) for (String t : e.roleTitles()) titles.add(ArabicNormalizer.key(t));
            for (EntitySummary e : a) {
                for (String t : e.roleTitles()) {
                    String k = ArabicNormalizer.key(t);
                    if (k.contains(" ") && titles.contains(k)) return true;
                }
            }
            Set<String> in = roleIn(b);
            for (String o : roleIn(a)) if (in.contains(o)) return true;
            return false;
        }

        /** True when every word is a given name, «بن» or an «عبد» compound: no family name tells people apart. */
        boolean givenNamesOnly(String name) {
            for (String w : NameVariants.words(name)) {
                if (!w.equals("بن") && !w.startsWith("عبد") && !givenName.test(w)) return false;
            }
            return true;
        }

        String spellingKey(EntitySummary e) {
            List<String> words = NameVariants.words(e.name());
            if (e.type() == EntityType.PERSON) {
                // «محمد بن»: a name cut off after its connector is no spelling of any full name
                if (words.size() < 2 || NameVariants.CONNECTORS.contains(words.get(words.size() - 1))) return null;
                return variants.key(e.name());
            }
            if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PLACE) {
                StringBuilder b = new StringBuilder();
                for (String w : words) b.append(b.length() == 0 ? "" : " ").append(collapse(w));
                return b.length() < 4 ? null : b.toString();
            }
            return null;
        }

        List<Merge> familyNames() {
            // last and first word keys of every full-name person that is still a group of its own
            Map<String, Set<String>> byLast = new HashMap<>();
            Map<String, Set<String>> byFirst = new HashMap<>();
            for (Map.Entry<String, List<EntitySummary>> group : groups.entrySet()) {
                for (EntitySummary e : group.getValue()) {
                    if (e.type() != EntityType.PERSON) continue;
                    List<String> words = NameVariants.words(e.name());
                    if (words.size() < 2) continue;
                    byLast.computeIfAbsent(collapse(words.get(words.size() - 1)), k -> new TreeSet<>()).add(group.getKey());
                    byFirst.computeIfAbsent(collapse(words.get(0)), k -> new TreeSet<>()).add(group.getKey());
                }
            }
            List<Merge> out = new ArrayList<>();
            for (EntitySummary p : List.copyOf(byId.values())) {
                if (p.type() != EntityType.PERSON || p.gazetteer() || !rootOf.get(p.id()).equals(p.id())) continue;
                if (groups.get(p.id()).size() > 1) continue;
                List<String> words = NameVariants.words(p.name());
                if (words.size() != 1) continue;
                String word = words.get(0);
                String bare = word.startsWith("ال") ? word.substring(2) : word;
                if (bare.length() < 3 || givenName.test(word) || givenName.test(bare)) continue;
                String key = collapse(word);
                Set<String> candidates = byLast.getOrDefault(key, Set.of());
                Set<String> competitors = new TreeSet<>(candidates);
                competitors.addAll(byFirst.getOrDefault(key, Set.of()));
                if (candidates.size() != 1 || competitors.size() != 1) continue;
                String intoId = candidates.iterator().next();
                List<EntitySummary> into = groups.get(intoId);
                if (conflict(List.of(p), into) != null) continue;
                String evidence = evidence(p, into);
                if (evidence == null) continue;
                EntitySummary target = byId.get(intoId);
                out.add(new Merge(p.id(), p.name(), intoId, target.name(), p.type(), Merge.Rule.FAMILY_NAME,
                        "«" + p.name() + "» is the family name of «" + target.name() + "», the only full name"
                                + " ending so; " + evidence));
            }
            return out;
        }

        void join(EntitySummary from, EntitySummary into) {
            groups.get(into.id()).addAll(groups.remove(from.id()));
            rootOf.put(from.id(), into.id());
        }

        /** Why two groups are not one referent, or null: roles held in different countries only. */
        String conflict(List<EntitySummary> a, List<EntitySummary> b) {
            Set<String> ca = countries(a);
            Set<String> cb = countries(b);
            if (ca.isEmpty() || cb.isEmpty()) return null;
            for (String c : ca) if (cb.contains(c)) return null;
            return "roles in " + ca + " and " + cb;
        }

        Set<String> countries(List<EntitySummary> group) {
            Set<String> out = new TreeSet<>();
            for (EntitySummary e : group) {
                for (String r : e.roleIn()) if (r.startsWith("country:")) out.add(r);
            }
            return out;
        }

        /** Roles that agree, or null. */
        String agreement(List<EntitySummary> a, List<EntitySummary> b) {
            Map<String, String> titles = new TreeMap<>();
            for (EntitySummary e : b) for (String t : e.roleTitles()) titles.put(ArabicNormalizer.key(t), t);
            for (EntitySummary e : a) {
                for (String t : e.roleTitles()) {
                    if (titles.containsKey(ArabicNormalizer.key(t))) return "both are «" + titles.get(ArabicNormalizer.key(t)) + "»";
                }
            }
            Set<String> in = roleIn(b);
            for (String o : roleIn(a)) if (in.contains(o)) return "both hold a role in " + label(o);
            return null;
        }

        /** The evidence that a family name is the full-name person, or null when there is none. */
        String evidence(EntitySummary p, List<EntitySummary> into) {
            String agree = agreement(List.of(p), into);
            if (agree != null) return agree;
            Set<String> pContext = context(List.of(p));
            for (String o : roleIn(into)) {
                if (pContext.contains(o)) {
                    return "the articles naming «" + p.name() + "» name " + label(o) + ", where «"
                            + byId.get(into.get(0).id()).name() + "» holds a role";
                }
            }
            Set<String> intoContext = context(into);
            for (String o : roleIn(List.of(p))) {
                if (intoContext.contains(o)) return "«" + p.name() + "» holds a role in " + label(o)
                        + ", named in the articles of the full name";
            }
            List<String> shared = new ArrayList<>();
            for (String x : pContext) {
                if (!intoContext.contains(x) || !distinctive(x)) continue;
                shared.add(label(x));
                if (shared.size() == 3) break;
            }
            if (shared.size() >= 2) return "both are named with " + String.join(", ", shared);
            return null;
        }

        /** The entities named in the articles of a group, but for the group itself; sorted. */
        Set<String> context(List<EntitySummary> group) {
            Set<String> self = group.stream().map(EntitySummary::id).collect(Collectors.toSet());
            Set<String> out = new TreeSet<>();
            for (EntitySummary e : group) {
                for (String a : e.articles()) {
                    for (String x : byArticle.getOrDefault(a, List.of())) if (!self.contains(x)) out.add(x);
                }
            }
            return out;
        }

        /** A full-name person or an organization named in few articles. */
        boolean distinctive(String id) {
            EntitySummary e = byId.get(id);
            if (e == null || e.articles().size() > commonAt) return false;
            if (e.type() == EntityType.ORGANIZATION) return true;
            return e.type() == EntityType.PERSON && NameVariants.words(e.name()).size() >= 2;
        }

        Set<String> roleIn(List<EntitySummary> group) {
            Set<String> out = new TreeSet<>();
            for (EntitySummary e : group) out.addAll(e.roleIn());
            return out;
        }

        String label(String id) {
            EntitySummary e = byId.get(id);
            return e == null ? id : "«" + e.name() + "»";
        }
    }

    /** A word with doubled letters collapsed (not digits: «119» is not «19»). */
    static String collapse(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (b.length() > 0 && b.charAt(b.length() - 1) == c && !Character.isDigit(c)) continue;
            b.append(c);
        }
        return b.toString();
    }
}
