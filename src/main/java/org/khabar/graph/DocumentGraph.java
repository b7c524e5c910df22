package org.khabar.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.khabar.article.Article;

/**
 * Everything khabar extracted from one article. Immutable; knows nothing of Neo4j or RDF.
 *
 * @param article    the article
 * @param entities   named entities (Person, Country, Place, Organization), one per referent
 * @param statements speech acts
 * @param meetings   MET_WITH pairs
 * @param events     events
 * @param locatedIn  place id → country id ({@code (:Place)-[:LOCATED_IN]->(:Country)})
 */
public record DocumentGraph(Article article, List<Entity> entities, List<Statement> statements,
                            List<Meeting> meetings, List<Event> events, Map<String, String> locatedIn) {
    public DocumentGraph {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        meetings = List.copyOf(meetings);
        events = List.copyOf(events);
        locatedIn = Map.copyOf(locatedIn);
    }

    public static DocumentGraph empty(Article article) {
        return new DocumentGraph(article, List.of(), List.of(), List.of(), List.of(), Map.of());
    }
}
