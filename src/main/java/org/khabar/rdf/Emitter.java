package org.khabar.rdf;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Sends triples to a {@link StreamRDF}, into the current named graph when writing quads, and
 * counts them. Builds the literals khabar uses (Arabic and English labels, dates, decimals).
 */
final class Emitter {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final StreamRDF out;
    private final boolean quads;
    private Node graph = Quad.defaultGraphIRI;
    private long count;

    Emitter(StreamRDF out, boolean quads) {
        this.out = out;
        this.quads = quads;
    }

    boolean quads() { return quads; }

    long count() { return count; }

    /** Following triples go to {@code g} (quads only); {@code null} for the default graph. */
    Emitter graph(Node g) {
        graph = g == null ? Quad.defaultGraphIRI : g;
        return this;
    }

    void add(Node s, Node p, Node o) {
        if (o == null) return;
        if (quads) out.quad(Quad.create(graph, s, p, o));
        else out.triple(Triple.create(s, p, o));
        count++;
    }

    static Node ar(String s) { return s == null || s.isBlank() ? null : NodeFactory.createLiteralLang(s, "ar"); }

    static Node en(String s) { return s == null || s.isBlank() ? null : NodeFactory.createLiteralLang(s, "en"); }

    static Node string(String s) { return s == null ? null : NodeFactory.createLiteralString(s); }

    static Node typed(String lexical, RDFDatatype dt) {
        return lexical == null ? null : NodeFactory.createLiteralDT(lexical, dt);
    }

    static Node nonNegative(Long n) {
        return n == null || n < 0 ? null : typed(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    static Node decimal(Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) return null;
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        if (b.scale() < 1) b = b.setScale(1);
        return typed(b.toPlainString(), XSDDatatype.XSDdecimal);
    }

    /**
     * An ISO date, year-month, year or date-time as the matching XSD literal; {@code null} for
     * anything else (the original words stay in {@code kg:dateText}).
     */
    static Node date(String d) {
        if (d == null) return null;
        String s = d.trim();
        RDFDatatype dt;
        if (DATE.matcher(s).matches()) dt = XSDDatatype.XSDdate;
        else if (YEAR_MONTH.matcher(s).matches()) dt = XSDDatatype.XSDgYearMonth;
        else if (YEAR.matcher(s).matches()) dt = XSDDatatype.XSDgYear;
        else if (s.length() > 10 && s.charAt(10) == 'T') dt = XSDDatatype.XSDdateTime;
        else return null;
        return dt.isValid(s) ? typed(s, dt) : null;
    }
}
