package org.khabar.rdf;

import java.util.List;
import java.util.Map;
import org.khabar.article.Article;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Test data written with Cypher exactly as notes/NEO4J_MODEL.md stores a graph: one small
 * constructed article with every kind of node and relationship, and a bulk generator.
 */
final class SampleGraph {
    static final String R = Vocab.RESOURCE_NS;
    static final String TEXT = "نفى وزير الخارجية الروسي سيرغي لافروف أن تكون موسكو قد أرسلت أسلحة إلى المنطقة. "
            + "والتقى لافروف نظيره الأمريكي جون كيري في جنيف يوم الاثنين. "
            + "واتهمت الولايات المتحدة روسيا بانتهاك الهدنة، ودعا كيري الطرفين إلى ضبط النفس.";
    static final String ARTICLE_ID = "a-test-001";

    private SampleGraph() {}

    static void constraints(Driver driver) {
        try (Session s = driver.session()) {
            for (String label : List.of("Article", "Person", "Country", "Place", "Organization", "Statement", "Event")) {
                s.executeWrite(tx -> tx.run("CREATE CONSTRAINT IF NOT EXISTS FOR (n:" + label + ") REQUIRE n.id IS UNIQUE").consume());
            }
        }
    }

    static int at(String phrase) {
        int i = TEXT.indexOf(phrase);
        if (i < 0) throw new IllegalArgumentException("not in the sample text: " + phrase);
        return i;
    }

    static Map<String, Object> span(String phrase) {
        int s = at(phrase);
        return Map.of("start", s, "end", s + phrase.length(), "text", phrase);
    }

    /** Loads the one-article sample graph. */
    static void load(Driver driver) {
        constraints(driver);
        String sentence1 = "نفى وزير الخارجية الروسي سيرغي لافروف أن تكون موسكو قد أرسلت أسلحة إلى المنطقة.";
        String sentence2 = "والتقى لافروف نظيره الأمريكي جون كيري في جنيف يوم الاثنين.";
        String clause3 = "واتهمت الولايات المتحدة روسيا بانتهاك الهدنة";
        String clause4 = "ودعا كيري الطرفين إلى ضبط النفس.";
        try (Session s = driver.session()) {
            s.executeWrite(tx -> {
                tx.run("""
                        CREATE (a:Article {id: $id, uri: $uri, source: 'samples/test.txt', sha256: $sha, text: $text,
                                chars: size($text), url: 'https://example.org/news/1?x=1&y=2', title: 'لافروف ينفي',
                                published: '2016-02-16', outlet: 'وكالة الأنباء'})
                        CREATE (ru:Country {id: 'country:RU', uri: $r + 'country/RU', name: 'روسيا', nameEn: 'Russia',
                                aliases: ['موسكو', 'روسيا'], nameKey: 'روسيا', iso2: 'RU', wikidata: 'Q159', roles: []})
                        CREATE (us:Country {id: 'country:US', uri: $r + 'country/US', name: 'الولايات المتحدة',
                                nameEn: 'United States', aliases: [], nameKey: 'الولايات المتحده', iso2: 'US', wikidata: 'Q30', roles: []})
                        CREATE (ch:Country {id: 'country:CH', uri: $r + 'country/CH', name: 'سويسرا', nameEn: 'Switzerland',
                                aliases: [], nameKey: 'سويسرا', iso2: 'CH', wikidata: 'Q39', roles: []})
                        CREATE (ge:Place {id: 'q:Q71', uri: $r + 'q/Q71', name: 'جنيف', nameEn: 'Geneva', aliases: [],
                                nameKey: 'جنيف', wikidata: 'Q71', roles: []})
                        CREATE (lv:Person {id: 'person:lafrwf', uri: $r + 'person/lafrwf', name: 'سيرغي لافروف',
                                aliases: ['لافروف', 'وزير الخارجية الروسي'], nameKey: 'سيرغي لافروف',
                                roles: ['وزير الخارجية']})
                        CREATE (kr:Person {id: 'person:kyry', uri: $r + 'person/kyry', name: 'جون كيري',
                                aliases: ['كيري'], nameKey: 'جون كيري', roles: []})
                        CREATE (ag:Organization {id: 'org:wkal', uri: $r + 'org/wkal', name: 'وكالة الأنباء', aliases: [],
                                nameKey: 'وكاله الانباء', roles: []})
                        CREATE (ge)-[:LOCATED_IN]->(ch)
                        CREATE (a)-[:PUBLISHED_BY]->(ag)
                        CREATE (lv)-[:HOLDS_ROLE {title: 'وزير الخارجية', articleId: $id, start: $role.start, end: $role.end}]->(ru)
                        FOREACH (e IN [ru, us, ge, lv, kr] | CREATE (a)-[:MENTIONS {count: 1, articleId: $id}]->(e))
                        """, Map.of("id", ARTICLE_ID, "uri", R + "article/" + ARTICLE_ID, "sha", Article.sha256(TEXT),
                        "text", TEXT, "r", R, "role", span("وزير الخارجية الروسي")));
                statement(tx, "s1", "DENIED", "016", "person:lafrwf", "نفى", "أن تكون موسكو قد أرسلت أسلحة إلى المنطقة",
                        sentence1, null, null, 0.9, List.of("country:RU"), List.of(), null);
                statement(tx, "s2", "ACCUSED", "112", "country:US", "واتهمت", null, clause3, null, null, 0.75,
                        List.of(), List.of("country:RU"), null);
                statement(tx, "s3", "CALLED_FOR", "020", "person:kyry", "ودعا", "الطرفين إلى ضبط النفس", clause4,
                        "2016-02-15", "يوم الاثنين", 0.8, List.of(), List.of(), "country:RU");
                Map<String, Object> m = span(sentence2);
                tx.run("""
                        MATCH (x {id: 'person:lafrwf'}), (y {id: 'person:kyry'})
                        CREATE (x)-[:MET_WITH {id: $mid, articleId: $id, start: $start, end: $end, text: $text, cue: 'والتقى',
                                kind: 'meeting', modality: 'happened', date: '2016-02-15', dateText: 'يوم الاثنين',
                                confidence: 0.85, cameo: '044'}]->(y)
                        """, Map.of("mid", ARTICLE_ID + "-m1", "id", ARTICLE_ID, "start", m.get("start"), "end", m.get("end"), "text", sentence2)).consume();
                tx.run("""
                        MATCH (a:Article {id: $id}), (x {id: 'person:lafrwf'}), (y {id: 'person:kyry'}), (g {id: 'q:Q71'})
                        CREATE (e:Event {id: $eid, uri: $euri, kind: 'meeting', name: 'والتقى', cameo: '044', articleId: $id,
                                start: $start, end: $end, text: $text, date: '2016-02-15', dateText: 'يوم الاثنين',
                                modality: 'happened', confidence: 0.85})
                        CREATE (a)-[:REPORTS]->(e)
                        CREATE (x)-[:PARTICIPATED_IN {articleId: $id}]->(e)
                        CREATE (y)-[:PARTICIPATED_IN {articleId: $id}]->(e)
                        CREATE (e)-[:OCCURRED_IN]->(g)
                        """, Map.of("id", ARTICLE_ID, "eid", ARTICLE_ID + "-e1", "euri", R + "event/" + ARTICLE_ID + "-e1",
                        "start", m.get("start"), "end", m.get("end"), "text", sentence2)).consume();
                return null;
            });
        }
    }

    private static void statement(org.neo4j.driver.TransactionContext tx, String n, String type, String cameo, String speaker,
                                  String cue, String quote, String evidence, String date, String dateText, double confidence,
                                  List<String> about, List<String> targets, String addressee) {
        String sid = ARTICLE_ID + "-" + n;
        int start = at(evidence);
        java.util.HashMap<String, Object> p = new java.util.HashMap<>();
        p.put("id", ARTICLE_ID);
        p.put("sid", sid);
        p.put("suri", R + "statement/" + sid);
        p.put("type", type);
        p.put("cameo", cameo);
        p.put("speaker", speaker);
        p.put("cue", cue);
        p.put("quote", quote);
        p.put("text", evidence);
        p.put("start", start);
        p.put("end", start + evidence.length());
        p.put("date", date);
        p.put("dateText", dateText);
        p.put("confidence", confidence);
        p.put("about", about);
        p.put("targets", targets);
        p.put("addressee", addressee == null ? List.of() : List.of(addressee));
        tx.run("""
                MATCH (a:Article {id: $id})
                CREATE (s:Statement {id: $sid, uri: $suri, type: $type, cameo: $cameo, cue: $cue, quote: $quote, text: $text,
                        articleId: $id, start: $start, end: $end, date: $date, dateText: $dateText, modality: 'happened',
                        confidence: $confidence})
                CREATE (a)-[:REPORTS]->(s)
                """, p).consume();
        // the relationship type is the statement type (a closed set), as the loader writes it
        tx.run("MATCH (s:Statement {id: $sid}), (sp {id: $speaker}) CREATE (sp)-[:" + SpeechAct.valueOf(type).name()
                + " {articleId: $id, start: $start, end: $end, confidence: $confidence}]->(s)", p).consume();
        tx.run("MATCH (s:Statement {id: $sid}) UNWIND $about AS t MATCH (e {id: t}) CREATE (s)-[:ABOUT]->(e)", p).consume();
        tx.run("MATCH (s:Statement {id: $sid}) UNWIND $targets AS t MATCH (e {id: t}) CREATE (s)-[:TARGETS]->(e)", p).consume();
        tx.run("MATCH (s:Statement {id: $sid}) UNWIND $addressee AS t MATCH (e {id: t}) CREATE (s)-[:ADDRESSED_TO]->(e)", p).consume();
    }
}
