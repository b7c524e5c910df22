package org.khabar.rdf;

import java.util.List;
import java.util.Map;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.EntityType;
import org.khabar.graph.Event;
import org.khabar.graph.Meeting;
import org.khabar.graph.Modality;
import org.khabar.graph.Role;
import org.khabar.graph.Span;
import org.khabar.graph.SpeechType;
import org.khabar.graph.Statement;
import org.khabar.neo4j.Neo4jLoader;
import org.neo4j.driver.Driver;

/**
 * One small constructed article with every kind of node and relationship, as a DocumentGraph
 * loaded into Neo4j by the real loader.
 */
final class SampleGraph {
    static final String TEXT = "نفى وزير الخارجية الروسي سيرغي لافروف أن تكون موسكو قد أرسلت أسلحة إلى المنطقة. "
            + "والتقى لافروف نظيره الأمريكي جون كيري في جنيف يوم الاثنين. "
            + "واتهمت الولايات المتحدة روسيا بانتهاك الهدنة، ودعا كيري الطرفين إلى ضبط النفس.";
    static final String ARTICLE_ID = "a-test-001";

    private SampleGraph() {}

    static Span span(String phrase) {
        int s = TEXT.indexOf(phrase);
        if (s < 0) throw new IllegalArgumentException("not in the sample text: " + phrase);
        return Span.of(TEXT, s, s + phrase.length());
    }

    static DocumentGraph graph() {
        Article a = new Article(ARTICLE_ID, "samples/test.txt", TEXT, Article.sha256(TEXT),
                "https://example.org/news/1?x=1&y=2", "لافروف ينفي", "2016-02-16", "وكالة الأنباء", null);
        Span s1 = span("نفى وزير الخارجية الروسي سيرغي لافروف أن تكون موسكو قد أرسلت أسلحة إلى المنطقة.");
        Span s2 = span("والتقى لافروف نظيره الأمريكي جون كيري في جنيف يوم الاثنين.");
        Span s3 = span("واتهمت الولايات المتحدة روسيا بانتهاك الهدنة");
        Span s4 = span("ودعا كيري الطرفين إلى ضبط النفس.");
        List<Entity> entities = List.of(
                new Entity("country:RU", EntityType.COUNTRY, "روسيا", "Russia", List.of("موسكو"),
                        List.of(span("موسكو"), span("روسيا")), List.of(), 0.95),
                new Entity("country:US", EntityType.COUNTRY, "الولايات المتحدة", "United States", List.of(),
                        List.of(span("الولايات المتحدة")), List.of(), 0.95),
                new Entity("country:CH", EntityType.COUNTRY, "سويسرا", "Switzerland", List.of(), List.of(), List.of(), 0.9),
                new Entity("q:Q71", EntityType.PLACE, "جنيف", "Geneva", List.of(), List.of(span("جنيف")), List.of(), 0.9),
                new Entity("person:lafrwf", EntityType.PERSON, "سيرغي لافروف", null, List.of("لافروف", "وزير الخارجية الروسي"),
                        List.of(span("سيرغي لافروف"), span("لافروف نظيره")),
                        List.of(new Role("وزير الخارجية", "country:RU", span("وزير الخارجية الروسي"))), 0.9),
                new Entity("person:kyry", EntityType.PERSON, "جون كيري", null, List.of("كيري"),
                        List.of(span("جون كيري"), span("كيري الطرفين")), List.of(), 0.9));
        List<Statement> statements = List.of(
                new Statement(ARTICLE_ID + "-s1", SpeechType.DENIED, "person:lafrwf", "نفى",
                        "أن تكون موسكو قد أرسلت أسلحة إلى المنطقة", List.of("country:RU"), List.of(), null,
                        null, null, Modality.HAPPENED, s1, 0.9),
                new Statement(ARTICLE_ID + "-s2", SpeechType.ACCUSED, "country:US", "واتهمت", null, List.of(),
                        List.of("country:RU"), null, null, null, Modality.HAPPENED, s3, 0.75),
                new Statement(ARTICLE_ID + "-s3", SpeechType.CALLED_FOR, "person:kyry", "ودعا", "الطرفين إلى ضبط النفس",
                        List.of(), List.of(), "country:RU", "2016-02-15", "يوم الاثنين", Modality.HAPPENED, s4, 0.8));
        List<Meeting> meetings = List.of(new Meeting(ARTICLE_ID + "-m1", "person:lafrwf", "person:kyry", "meeting", "والتقى",
                "q:Q71", ARTICLE_ID + "-e1", "2016-02-15", "يوم الاثنين", Modality.HAPPENED, s2, 0.85));
        List<Event> events = List.of(new Event(ARTICLE_ID + "-e1", "meeting", "والتقى", "040",
                List.of("person:lafrwf", "person:kyry"), "q:Q71", "2016-02-15", "يوم الاثنين", Modality.HAPPENED, s2, 0.85));
        return new DocumentGraph(a, entities, statements, meetings, events, Map.of("q:Q71", "country:CH"));
    }

    /** Loads the one-article sample graph with the real loader. */
    static void load(Driver driver) {
        try (Neo4jLoader loader = Neo4jLoader.open(driver)) {
            loader.load(graph());
        }
    }
}
