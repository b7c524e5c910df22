package org.khabar.rdf;

/** The Cypher the exporter reads with: constant text, data only as parameters, stable order. */
final class Queries {
    private Queries() {}

    static final String ENTITIES = """
            MATCH (n) WHERE n:Person OR n:Country OR n:Place OR n:Organization
            RETURN [l IN labels(n) WHERE l IN ['Person', 'Country', 'Place', 'Organization']][0] AS label,
                   n.id AS id, n.uri AS uri, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases,
                   n.iso2 AS iso2, n.wikidata AS wikidata, n.roles AS roles, coalesce(n.mergedIds, []) AS mergedIds,
                   [(n)-[:LOCATED_IN]->(c:Country) | c.uri] AS locatedIn
            ORDER BY uri""";

    static final String POSTS = """
            MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
            RETURN DISTINCT p.uri AS person, r.title AS title, o.uri AS org
            ORDER BY person, title, org""";

    static final String MEETING_PAIRS = """
            MATCH (x)-[:MET_WITH]->(y)
            RETURN DISTINCT x.uri AS a, y.uri AS b
            ORDER BY a, b""";

    static final String ARTICLES = """
            MATCH (a:Article) WHERE a.id > $after
            RETURN a.id AS id, a.uri AS uri, a.sha256 AS sha256, coalesce(a.chars, size(a.text)) AS chars,
                   a.url AS url, a.title AS title, a.published AS published, a.author AS author,
                   a.outlet AS outlet, CASE WHEN $withText THEN a.text END AS text,
                   [(a)-[:PUBLISHED_BY]->(o) | o.uri] AS publisher
            ORDER BY a.id LIMIT $page""";

    static final String MENTIONS = """
            UNWIND $ids AS aid
            MATCH (:Article {id: aid})-[:MENTIONS]->(e)
            RETURN DISTINCT aid AS article, e.uri AS uri ORDER BY article, uri""";

    /** Statements; what they are about, target and address comes as one list of [type, uri] pairs (one expansion, not three). */
    static final String STATEMENTS = """
            UNWIND $ids AS aid
            MATCH (:Article {id: aid})-[:REPORTS]->(s:Statement)
            OPTIONAL MATCH (sp)-[:STATED|DENIED|ACCUSED|CALLED_FOR]->(s)
            RETURN aid AS article, s.id AS id, s.uri AS uri, s.type AS type, s.cameo AS cameo, s.cue AS cue, s.quote AS quote,
                   s.text AS text, s.start AS start, s.end AS end, s.date AS date, s.dateText AS dateText,
                   s.modality AS modality, s.confidence AS confidence, sp.uri AS speaker,
                   [(s)-[r:ABOUT|TARGETS|ADDRESSED_TO]->(e) | [type(r), e.uri]] AS links
            ORDER BY article, id""";

    /**
     * Meetings of the articles, found by the {@code MET_WITH(articleId)} index: not through the
     * entities the article mentions, whose MET_WITH relationships from every other article would
     * all be read and dropped (a country met in thousands of articles, for each of them).
     */
    static final String MEETINGS = """
            UNWIND $ids AS aid
            MATCH (x)-[m:MET_WITH {articleId: aid}]->(y)
            OPTIONAL MATCH (pl:Entity {id: m.placeId})
            OPTIONAL MATCH (ev:Event {id: m.eventId})
            RETURN aid AS article, m.id AS id, x.uri AS a, y.uri AS b, m.kind AS kind, m.cue AS cue, m.text AS text,
                   m.start AS start, m.end AS end, m.date AS date, m.dateText AS dateText,
                   m.modality AS modality, m.confidence AS confidence, m.cameo AS cameo,
                   pl.uri AS place, ev.uri AS event
            ORDER BY article, id""";

    static final String EVENTS = """
            UNWIND $ids AS aid
            MATCH (:Article {id: aid})-[:REPORTS]->(e:Event)
            RETURN aid AS article, e.id AS id, e.uri AS uri, e.kind AS kind, e.name AS name, e.cameo AS cameo, e.text AS text,
                   e.start AS start, e.end AS end, e.date AS date, e.dateText AS dateText,
                   e.modality AS modality, e.confidence AS confidence,
                   [(p)-[:PARTICIPATED_IN]->(e) | p.uri] AS participants,
                   [(e)-[:OCCURRED_IN]->(pl) | pl.uri] AS places
            ORDER BY article, id""";

    /** Role mentions of the articles, by the {@code HOLDS_ROLE(articleId)} index (as meetings). */
    static final String ROLES = """
            UNWIND $ids AS aid
            MATCH (p:Person)-[r:HOLDS_ROLE {articleId: aid}]->(o)
            RETURN aid AS article, p.uri AS person, r.title AS title, o.uri AS org, r.start AS start, r.end AS end
            ORDER BY article, person, title, org, start""";

    static final String COUNTS = """
            CALL { MATCH (s:Statement) RETURN count(s) AS statements }
            CALL { MATCH ()-[m:MET_WITH]->() RETURN count(m) AS meetings }
            CALL { MATCH (e:Event) RETURN count(e) AS events }
            RETURN statements, meetings, events""";
}
