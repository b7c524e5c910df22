package org.khabar.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;

/** ontology/*.ttl parse, the CAMEO scheme is labelled in English and Arabic, the shapes load. */
class OntologyTest {
    static final Node LABEL = Vocab.skos("prefLabel");

    static List<String> languages(Graph g, Node s) {
        List<String> l = new ArrayList<>();
        g.find(s, LABEL, Node.ANY).forEachRemaining(t -> l.add(t.getObject().getLiteralLanguage()));
        return l;
    }

    @Test
    void everyCameoConceptHasAnEnglishAndAnArabicLabel() {
        Graph cameo = Ontology.cameo();
        List<Node> concepts = cameo.find(Node.ANY, Vocab.TYPE, Vocab.skos("Concept")).mapWith(Triple::getSubject).toList();
        assertThat(concepts).hasSizeGreaterThan(25);
        for (Node c : concepts) assertThat(languages(cameo, c)).as(c.toString()).containsExactlyInAnyOrder("en", "ar");
        for (String code : List.of("010", "016", "020", "040", "041", "042", "043", "044", "045", "046", "112", "190", "195")) {
            assertThat(concepts).contains(Vocab.uri(Vocab.CAMEO_NS + code));
        }
        for (SpeechAct a : SpeechAct.values()) assertThat(concepts).contains(Vocab.uri(Vocab.CAMEO_NS + a.cameo()));
    }

    @Test
    void theOntologyAlignsWithThePublicVocabularies() {
        Graph o = Ontology.ontology(Vocab.standard());
        Vocab v = Vocab.standard();
        Node sub = Vocab.uri(Vocab.RDFS + "subClassOf");
        assertThat(o.contains(v.kg("Person"), sub, Vocab.schema("Person"))).isTrue();
        assertThat(o.contains(v.kg("Statement"), sub, Vocab.schema("Quotation"))).isTrue();
        assertThat(o.contains(v.kg("Meeting"), sub, Vocab.sem("Event"))).isTrue();
        assertThat(o.contains(v.kg("Organization"), sub, Vocab.org("Organization"))).isTrue();
        assertThat(o.contains(v.kg("speaker"), Vocab.uri(Vocab.RDFS + "subPropertyOf"), Vocab.prov("wasAttributedTo"))).isTrue();
        assertThat(o.contains(v.kg("evidence"), Vocab.uri(Vocab.OWL + "equivalentProperty"), Vocab.uri(Vocab.GAF + "denotedBy"))).isTrue();
        for (String cls : List.of("Person", "Country", "Place", "Organization", "Statement", "Meeting", "Event", "Article")) {
            assertThat(languages(o, v.kg(cls))).as(cls).contains("en", "ar");
        }
    }

    @Test
    void theShapesLoadAndFollowTheNamespace() {
        Shapes shapes = Shapes.parse(Ontology.shapes(Vocab.standard()));
        assertThat(shapes.numRootShapes()).isGreaterThan(10);
        String moved = Ontology.text(Ontology.SHAPES, Vocab.of("https://example.org/onto#"));
        assertThat(moved).doesNotContain(Vocab.DEFAULT_NS).contains("https://example.org/onto#speaker");
    }
}
