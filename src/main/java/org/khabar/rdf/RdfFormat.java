package org.khabar.rdf;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The serializations khabar writes. Line-based formats stream with constant memory; the pretty
 * ones build an in-memory model first and are meant for small graphs.
 */
public enum RdfFormat {
    NTRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8, true, false, "nt"),
    NQUADS(Lang.NQUADS, RDFFormat.NQUADS_UTF8, true, true, "nq"),
    TURTLE(Lang.TURTLE, RDFFormat.TURTLE_PRETTY, false, false, "ttl"),
    TRIG(Lang.TRIG, RDFFormat.TRIG_PRETTY, false, true, "trig"),
    JSONLD(Lang.JSONLD, RDFFormat.JSONLD11_PRETTY, false, false, "jsonld"),
    RDFXML(Lang.RDFXML, RDFFormat.RDFXML_PLAIN, false, false, "rdf");

    private final Lang lang;
    private final RDFFormat format;
    private final boolean streaming;
    private final boolean quads;
    private final String extension;

    RdfFormat(Lang lang, RDFFormat format, boolean streaming, boolean quads, String extension) {
        this.lang = lang;
        this.format = format;
        this.streaming = streaming;
        this.quads = quads;
        this.extension = extension;
    }

    public Lang lang() { return lang; }

    public RDFFormat jenaFormat() { return format; }

    /** True when the writer streams with constant memory (N-Triples, N-Quads). */
    public boolean streaming() { return streaming; }

    /** True when the format keeps named graphs (one per article). */
    public boolean quads() { return quads; }

    public String extension() { return extension; }

    /** The format named {@code turtle}, {@code ntriples}, … (case-insensitive). */
    public static RdfFormat named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown RDF format '" + name
                    + "' (use turtle, ntriples, nquads, trig, jsonld or rdfxml)", e);
        }
    }

    @Override
    public String toString() { return name().toLowerCase(Locale.ROOT); }
}
