package org.khabar.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.khabar.article.MultiLocale;

/** khabar's N-Triples writer writes exactly the bytes Jena's writer writes, for every kind of term. */
class NTriplesWriterTest {
    static final Node S = Vocab.uri(Vocab.RESOURCE_NS + "person/p1");
    static final Node P = Vocab.uri(Vocab.SKOS + "prefLabel");
    static final Node G = Vocab.uri(Vocab.RESOURCE_NS + "article/a1#graph");

    /** Strings that need escaping or multi-byte encoding, and random ones over all of UTF-16. */
    static List<String> hardStrings() {
        List<String> l = new ArrayList<>(List.of("", "سيرغي لافروف", "quote \" and \\ backslash", "lines\nand\r\nbreaks\ttab",
                "form\ffeed\bback", "emoji 😀 and \uD83C\uDDF8\uD83C\uDDE6", "lone \uD800 high", "lone \uDC00 low", "end \uD83D",
                "\uFEFFbom", "line sep \u2028 para \u2029", "nbsp\u00a0é", "ــــتطويل", "zwnj\u200crlm\u200f", "del \u007f"));
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x100; c++) all.append(c);
        l.add(all.toString());
        Random r = new Random(42);
        for (int k = 0; k < 200; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = r.nextInt(40); i < n; i++) {
                b.append(switch (r.nextInt(4)) {
                    case 0 -> (char) r.nextInt(0x80);
                    case 1 -> (char) (0x600 + r.nextInt(0x100));
                    case 2 -> (char) r.nextInt(0x10000);
                    default -> Character.toChars(0x10000 + r.nextInt(0x100000))[0];
                });
            }
            l.add(b.toString());
        }
        return l;
    }

    static List<Node> objects() {
        List<Node> l = new ArrayList<>();
        for (String s : hardStrings()) {
            l.add(NodeFactory.createLiteralString(s));
            l.add(NodeFactory.createLiteralLang(s, "ar"));
            l.add(NodeFactory.createLiteralDT(s, XSDDatatype.XSDanyURI));
        }
        l.add(NodeFactory.createLiteralLang("x", "en-US"));
        l.add(NodeFactory.createLiteralDT("2015-07-21", XSDDatatype.XSDdate));
        l.add(NodeFactory.createLiteralDT("0.9", XSDDatatype.XSDdecimal));
        l.add(NodeFactory.createLiteralDT("12", XSDDatatype.XSDnonNegativeInteger));
        l.add(NodeFactory.createLiteralDT("x", XSDDatatype.XSDstring));
        l.add(NodeFactory.createLiteralDT("x", NodeFactory.getType("http://example.org/dt#x y")));
        l.add(NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"));
        l.add(Vocab.uri("http://www.wikidata.org/entity/Q42"));
        l.add(Vocab.uri("http://example.org/a b<c>\"d{e}|f^g`h\\i"));
        l.add(Vocab.uri("http://example.org/ديوان"));
        l.add(Vocab.uri("http://example.org/\u0001\u007f"));
        l.add(NodeFactory.createBlankNode("b1"));
        l.add(NodeFactory.createBlankNode());
        return l;
    }

    static String jena(RDFFormat format, List<Node> objects, boolean quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(StreamRDFWriter.getWriterStream(out, format), objects, quads);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8) + "|" + out.size() + "|" + java.util.HexFormat.of().formatHex(out.toByteArray());
    }

    static String ours(List<Node> objects, boolean quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(NTriplesWriter.to(out), objects, quads);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8) + "|" + out.size() + "|" + java.util.HexFormat.of().formatHex(out.toByteArray());
    }

    static void write(StreamRDF w, List<Node> objects, boolean quads) {
        w.start();
        w.prefix("res", Vocab.RESOURCE_NS);
        for (Node o : objects) {
            if (quads) {
                w.quad(Quad.create(G, S, P, o));
                w.quad(Quad.create(Quad.defaultGraphIRI, S, P, o));
                w.quad(Quad.create(o.isLiteral() ? G : o, o.isLiteral() ? S : o, P, o));
            } else {
                w.triple(org.apache.jena.graph.Triple.create(S, P, o));
                if (!o.isLiteral()) w.triple(org.apache.jena.graph.Triple.create(o, P, o));
            }
        }
        w.finish();
    }

    @MultiLocale.Test
    void nTriplesAreByteForByteJenas() {
        List<Node> objects = objects();
        assertThat(ours(objects, false)).isEqualTo(jena(RDFFormat.NTRIPLES_UTF8, objects, false));
    }

    @Test
    void nQuadsAreByteForByteJenasAndTheDefaultGraphHasNoFourthTerm() {
        List<Node> objects = objects();
        String ours = ours(objects, true);
        assertThat(ours).isEqualTo(jena(RDFFormat.NQUADS_UTF8, objects, true));
        assertThat(ours).contains("<" + S.getURI() + "> <" + P.getURI() + "> \"x\"@en-US .\n");
    }

    @Test
    void moreThanABufferIsWrittenWhole() {
        List<Node> objects = new ArrayList<>();
        String longText = "نص طويل \"مقتبس\"\n".repeat(20_000); // longer than the 64 KB buffer by itself
        objects.add(NodeFactory.createLiteralString(longText));
        for (int i = 0; i < 5_000; i++) objects.add(Vocab.uri(Vocab.RESOURCE_NS + "statement/" + i));
        // IRIs longer than the buffer, plain and with a character to escape at their end (the copy starts again through Jena)
        objects.add(Vocab.uri(Vocab.RESOURCE_NS + "x".repeat(70_000)));
        objects.add(Vocab.uri(Vocab.RESOURCE_NS + "x".repeat(70_000) + "<"));
        for (int i = 0; i < 3_000; i++) objects.add(Vocab.uri(Vocab.RESOURCE_NS + "y".repeat(i % 50) + (i % 7 == 0 ? " z" : "")));
        assertThat(ours(objects, false)).isEqualTo(jena(RDFFormat.NTRIPLES_UTF8, objects, false));
    }
}
