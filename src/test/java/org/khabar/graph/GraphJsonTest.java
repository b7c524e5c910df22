package org.khabar.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.article.Article;

class GraphJsonTest {
    private static final String TEXT = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تتراجع.";

    private static DocumentGraph graph() {
        Article a = Article.of("t.txt", TEXT);
        int ls = TEXT.indexOf("سيرغي لافروف");
        int ms = TEXT.indexOf("موسكو");
        Span lavrov = Span.of(TEXT, ls, ls + "سيرغي لافروف".length());
        Entity person = new Entity("person:abc", EntityType.PERSON, "سيرغي لافروف", "Sergey Lavrov",
                List.of("وزير الخارجية الروسي"), List.of(lavrov),
                List.of(new Role("وزير الخارجية", "country:RU", Span.of(TEXT, 4, ls - 1))), 0.9);
        Entity moscow = new Entity("q:Q649", EntityType.PLACE, "موسكو", "Moscow", List.of(),
                List.of(Span.of(TEXT, ms, ms + 5)), List.of(), 1.0);
        Statement s = new Statement(a.id() + "-s1", SpeechType.STATED, "person:abc", "قال",
                "موسكو لن تتراجع", List.of("q:Q649"), List.of(), null, null, null, Modality.HAPPENED,
                Span.of(TEXT, 0, TEXT.length()), 0.8);
        Meeting m = new Meeting(a.id() + "-m1", "person:abc", "q:Q649", "visit", "زار", "q:Q649", null,
                "2015-12-11", "11 كانون الأول", Modality.PLANNED, Span.of(TEXT, 0, TEXT.length()), 0.7);
        return new DocumentGraph(a, List.of(person, moscow), List.of(s), List.of(m), List.of(),
                Map.of("q:Q649", "country:RU"));
    }

    private static JsonNode write(boolean many, DocumentGraph... graphs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GraphJson json = GraphJson.open(out, many)) {
            for (DocumentGraph g : graphs) json.accept(g);
        }
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void oneArticleIsOneObjectWithTheContractFields() throws Exception {
        JsonNode doc = write(false, graph());
        assertThat(doc.get("text_sha256").asText()).isEqualTo(Article.sha256(TEXT));
        JsonNode person = doc.get("entities").get(0);
        assertThat(person.get("type").asText()).isEqualTo("Person");
        assertThat(person.get("aliases").get(0).asText()).isEqualTo("وزير الخارجية الروسي");
        JsonNode mention = person.get("mentions").get(0);
        assertThat(TEXT.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                .isEqualTo("سيرغي لافروف");
        JsonNode stated = doc.get("relations").get(0);
        assertThat(stated.get("type").asText()).isEqualTo("STATED");
        assertThat(stated.get("subject").asText()).isEqualTo("person:abc");
        assertThat(stated.get("evidence").get("text").asText()).isEqualTo(TEXT);
        assertThat(stated.get("cameo").asText()).isEqualTo("010");
        JsonNode met = doc.get("relations").get(1);
        assertThat(met.get("type").asText()).isEqualTo("MET_WITH");
        assertThat(met.get("object").asText()).isEqualTo("q:Q649");
        assertThat(met.get("modality").asText()).isEqualTo("planned");
        assertThat(doc.get("relations").get(2).get("type").asText()).isEqualTo("LOCATED_IN");
    }

    @Test
    void severalArticlesAreWrappedInDocuments() throws Exception {
        JsonNode doc = write(true, graph(), graph());
        assertThat(doc.get("documents")).hasSize(2);
    }

    @Test
    void spansRefuseTextThatIsNotTheirSlice() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Span(0, 3, "ab"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
