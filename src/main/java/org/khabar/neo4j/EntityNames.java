package org.khabar.neo4j;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The names of an entity node derived from what the articles that mention it contributed (each
 * article's {@code MENTIONS} carries its {@code name}, {@code aliases} and {@code roles}): the
 * canonical name is the longest contributed name (ties: the smallest in code-point order, so the
 * result never depends on load order), the aliases are every other contributed form, sorted, and
 * the roles are every contributed role title, sorted. The loader adds a batch's contributions to
 * what an entity has by deriving from both (the union is the same as from all the mentions).
 *
 * <pre>{@code
 * EntityNames n = EntityNames.derive(List.of(new Contribution("لافروف", List.of("الوزير لافروف"), List.of()),
 *         new Contribution("سيرغي لافروف", List.of(), List.of("وزير الخارجية"))));
 * n.name();    // سيرغي لافروف
 * n.aliases(); // [الوزير لافروف, لافروف]
 * }</pre>
 *
 * @param aliasText what the full-text index {@code entity_names} reads: each alias followed by {@code " | "}
 */
record EntityNames(String name, String nameKey, List<String> aliases, String aliasText, List<String> roles) {

    /** One article's contribution to an entity. */
    record Contribution(String name, List<String> aliases, List<String> roles) {}

    static EntityNames derive(Collection<Contribution> contributions) {
        String name = null;
        for (Contribution c : contributions) {
            if (better(c.name(), name)) name = c.name();
        }
        TreeSet<String> aliases = new TreeSet<>();
        TreeSet<String> roles = new TreeSet<>();
        for (Contribution c : contributions) {
            if (c.name() != null) aliases.add(c.name());
            aliases.addAll(c.aliases());
            roles.addAll(c.roles());
        }
        aliases.remove(name);
        return new EntityNames(name, ArabicKey.of(name), List.copyOf(aliases), aliasText(aliases), List.copyOf(roles));
    }

    /** The parameters of the loader's query that sets the names of the node with element id {@code eid}. */
    /** The properties {@link #row} sets on an entity. */
    static final List<String> KEYS = List.of("name", "nameKey", "aliases", "aliasText", "roles");

    Map<String, Object> row(String eid) {
        return Map.of("eid", eid, "name", name, "nameKey", nameKey, "aliases", aliases, "aliasText", aliasText,
                "roles", roles);
    }

    /** True when {@code candidate} should be the canonical name instead of {@code current}. */
    static boolean better(String candidate, String current) {
        if (candidate == null) return false;
        if (current == null) return true;
        int a = candidate.codePointCount(0, candidate.length()), b = current.codePointCount(0, current.length());
        return a > b || (a == b && candidate.compareTo(current) < 0);
    }

    /** The text the full-text index reads for the aliases (the same as the loader's Cypher builds). */
    static String aliasText(Collection<String> aliases) {
        StringBuilder b = new StringBuilder();
        for (String a : aliases) b.append(a).append(" | ");
        return b.toString();
    }
}
