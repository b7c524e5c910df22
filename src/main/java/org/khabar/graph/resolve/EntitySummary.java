package org.khabar.graph.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.khabar.graph.EntityType;

/**
 * What the store knows of one entity, as far as resolution needs it.
 *
 * @param id         the stored id; a gazetteer id ({@code q:…}, {@code country:…}) or a name hash
 *                   ({@code person:…}, {@code org:…}, {@code place:…})
 * @param type       never merged across types
 * @param name       the canonical name
 * @param aliases    other surface forms
 * @param roleTitles role titles as written («وزير الخارجية»)
 * @param roleIn     ids of the organizations and countries it holds a role in
 * @param articles   ids of the articles that mention it
 */
public record EntitySummary(String id, EntityType type, String name, List<String> aliases, Set<String> roleTitles,
                            Set<String> roleIn, Set<String> articles) {
    public EntitySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roleTitles = Set.copyOf(new TreeSet<>(roleTitles));
        roleIn = Set.copyOf(roleIn);
        articles = Set.copyOf(articles);
    }

    /** True when the id comes from a gazetteer (Wikidata, ISO 3166), not from a hash of the name. */
    public boolean gazetteer() {
        return !(id.startsWith("person:") || id.startsWith("org:") || id.startsWith("place:"));
    }
}
