package org.khabar.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.khabar.rdf.ExportStats;
import org.khabar.rdf.RdfDump;
import org.khabar.rdf.RdfExport;
import org.khabar.rdf.RdfFormat;
import org.khabar.rdf.Vocab;
import org.khabar.rdf.VoidDescription;
import org.khabar.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar export [--format F] [-o FILE] [--gzip] [--base IRI]}: the graph in Neo4j as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the graph stored in Neo4j as RDF (see docs/rdf.md).",
                "ntriples and nquads stream from Neo4j with constant memory; turtle, trig, jsonld and rdfxml"
                        + " are built in memory first and are meant for small graphs.",
                "nquads and trig keep one named graph per article. With -o, the VoID/DCAT description is"
                        + " written beside the dump as FILE.void.ttl."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "ntriples", converter = FormatConverter.class,
            description = "turtle, ntriples, nquads, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    RdfFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (via a temporary file moved into place) instead of standard output.")
    Path output;

    @Option(names = "--gzip", description = "Compress with gzip (.gz is appended to FILE when missing).")
    boolean gzip;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Resource namespace to write instead of " + Vocab.RESOURCE_NS + " (must end in / or #).")
    String base;

    @Option(names = "--vocab", paramLabel = "NS", defaultValue = Vocab.DEFAULT_NS,
            description = "Namespace of khabar's ontology terms (default: ${DEFAULT-VALUE}).")
    String vocab;

    @Option(names = "--license", paramLabel = "IRI", defaultValue = VoidDescription.DEFAULT_LICENSE,
            description = "Data license stated in the VoID description (default: ${DEFAULT-VALUE}).")
    String license;

    @Option(names = "--with-text", description = "Include each article's full text (nif:isString); off by default.")
    boolean withText;

    @Override
    public Integer call() throws Exception {
        try (GraphStore graph = GraphStore.open(store.settings(false))) {
            RdfExport export = RdfExport.from(graph).vocab(Vocab.of(vocab)).withText(withText);
            if (base != null) export.base(base);
            RdfDump dump = RdfDump.of(export, format).gzip(gzip).license(license);
            ExportStats stats;
            if (output == null) {
                OutputStream out = gzip ? new GZIPOutputStream(System.out, 1 << 16) : System.out;
                stats = dump.writeTo(out, System.err);
                if (gzip) ((GZIPOutputStream) out).finish();
                System.out.flush();
            } else {
                RdfDump.Written w = dump.write(output, System.err);
                stats = w.stats();
                System.err.println("khabar: wrote " + w.dump() + " and " + w.voidFile());
            }
            System.err.println("khabar: " + stats.triples() + (format.quads() ? " quads" : " triples") + " from "
                    + stats.articles() + " articles (" + stats.entities() + " entities, " + stats.statements()
                    + " statements, " + stats.meetings() + " meetings, " + stats.events() + " events)");
        }
        return 0;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<RdfFormat> {
        @Override
        public RdfFormat convert(String value) { return RdfFormat.named(value); }
    }
}
