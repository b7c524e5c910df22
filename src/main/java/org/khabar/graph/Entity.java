package org.khabar.graph;

import java.util.List;
import java.util.Objects;

/**
 * One real-world referent named in an article: all its mentions resolved to one entity.
 *
 * @param id       stable id: {@code country:RU} (ISO 3166), {@code q:Q649} (Wikidata) when the
 *                 gazetteer knows it, else {@code person:<normalized-name-key>} and so on;
 *                 ASCII only, identical across articles and runs for the same referent
 * @param type     the kind of entity
 * @param name     canonical Arabic name (the longest full form seen)
 * @param nameEn   nullable English label from a gazetteer
 * @param aliases  every other surface form seen in the article (role phrases included)
 * @param mentions where the entity is mentioned, in text order
 * @param roles    roles held (persons)
 * @param confidence 0..1
 */
public record Entity(String id, EntityType type, String name, String nameEn, List<String> aliases,
                     List<Span> mentions, List<Role> roles, double confidence) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }
}
