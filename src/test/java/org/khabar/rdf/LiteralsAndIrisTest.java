package org.khabar.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.khabar.article.MultiLocale;

/** The literals and IRIs the exporter builds, without Neo4j. */
class LiteralsAndIrisTest {

    @MultiLocale.Test
    void datesBecomeTheMatchingXsdLiteral() {
        assertThat(Emitter.date("2016-02-15").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdate);
        assertThat(Emitter.date("2016-02").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYearMonth);
        assertThat(Emitter.date("2016").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYear);
        assertThat(Emitter.date("2016-02-15T10:30:00Z").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdateTime);
        assertThat(Emitter.date("2016-02-30")).as("invalid day").isNull();
        assertThat(Emitter.date("الاثنين")).isNull();
        assertThat(Emitter.date(null)).isNull();
    }

    @MultiLocale.Test
    void confidenceIsALocaleFreeDecimal() {
        Node n = Emitter.decimal(0.85);
        assertThat(n.getLiteralLexicalForm()).isEqualTo("0.85");
        assertThat(n.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdecimal);
        assertThat(Emitter.decimal(1.0).getLiteralLexicalForm()).isEqualTo("1.0");
        assertThat(Emitter.decimal(Double.NaN)).isNull();
    }

    @Test
    void labelsCarryTheirLanguage() {
        assertThat(Emitter.ar("لافروف").getLiteralLanguage()).isEqualTo("ar");
        assertThat(Emitter.en("Lavrov").getLiteralLanguage()).isEqualTo("en");
        assertThat(Emitter.ar("  ")).isNull();
    }

    @Test
    void onlyAsciiHttpIrisPass() {
        assertThat(Iris.requireSafe("https://w3id.org/khabar/resource/person/lafrwf", "x")).isNotNull();
        assertThatThrownBy(() -> Iris.requireSafe("https://w3id.org/khabar/resource/person/لافروف", "person person:x"))
                .hasMessageContaining("person person:x").hasMessageContaining("U+0644");
        assertThatThrownBy(() -> Iris.requireSafe("https://x.org/a b", "x")).hasMessageContaining("U+0020");
        assertThatThrownBy(() -> Iris.requireSafe("https://x.org/<a>", "x")).hasMessageContaining("U+003C");
        assertThatThrownBy(() -> Iris.requireSafe("urn:x", "x")).hasMessageContaining("not an http(s) IRI");
        assertThatThrownBy(() -> Iris.requireSafe(null, "statement s1")).hasMessageContaining("statement s1 has no IRI");
    }

    @Test
    void derivedKeysAreAsciiAndStable() {
        assertThat(Iris.hash("https://w3id.org/khabar/resource/person/x", "وزير الخارجية", ""))
                .matches("[0-9a-f]{16}")
                .isEqualTo(Iris.hash("https://w3id.org/khabar/resource/person/x", "وزير الخارجية", ""));
        assertThat(Iris.segment("b 1/ب")).isEqualTo("b%201%2F%D8%A8");
    }

    @Test
    void formatsAreNamedCaseInsensitively() {
        assertThat(RdfFormat.named("NTriples")).isEqualTo(RdfFormat.NTRIPLES);
        assertThatThrownBy(() -> RdfFormat.named("n3")).hasMessageContaining("unknown RDF format 'n3'");
    }
}
