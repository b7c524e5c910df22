package org.khabar.rdf;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Writes an export to a file (or standard output) in one format, and its VoID/DCAT description
 * beside it ({@code FILE.void.ttl}).
 *
 * <pre>{@code
 * Path written = RdfDump.of(RdfExport.from(driver), RdfFormat.NTRIPLES).gzip(true).write(Path.of("khabar.nt"), System.err);
 * }</pre>
 *
 * N-Triples and N-Quads stream straight from Neo4j to the file with constant memory (through
 * {@link NTriplesWriter}, which writes what Jena's streaming writer writes). Turtle,
 * TriG, JSON-LD and RDF/XML are built in memory first (for small graphs). The output goes to a
 * temporary file in the same folder that is moved into place only when complete.
 */
public final class RdfDump {
    private final RdfExport export;
    private final RdfFormat format;
    private boolean gzip;
    private String license = VoidDescription.DEFAULT_LICENSE;

    private RdfDump(RdfExport export, RdfFormat format) {
        this.export = Objects.requireNonNull(export, "export");
        this.format = Objects.requireNonNull(format, "format");
        export.quads(format.quads());
    }

    public static RdfDump of(RdfExport export, RdfFormat format) { return new RdfDump(export, format); }

    public RdfDump gzip(boolean g) { this.gzip = g; return this; }

    public RdfDump license(String iri) { this.license = Iris.requireSafe(iri, "the --license IRI"); return this; }

    /**
     * Writes the dump to {@code output} ({@code .gz} appended when gzipped and missing) and its
     * description to {@code output.void.ttl}; returns the dump's path.
     */
    public Written write(Path output, PrintStream log) {
        Path target = output;
        if (gzip && !target.getFileName().toString().endsWith(".gz")) {
            target = target.resolveSibling(target.getFileName() + ".gz");
        }
        Path dir = target.toAbsolutePath().getParent();
        ExportStats stats;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
            try {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                     OutputStream out = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
                    stats = writeTo(out, log);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        Path voidFile = target.resolveSibling(target.getFileName() + ".void.ttl");
        VoidDescription.of(export.vocab(), stats, format, target.getFileName().toString(), license).write(voidFile);
        return new Written(target, voidFile, stats);
    }

    /** The paths written and what they hold. */
    public record Written(Path dump, Path voidFile, ExportStats stats) {}

    /** Writes the dump to {@code out} (left open); returns what was written. */
    public ExportStats writeTo(OutputStream out, PrintStream log) {
        OutputStream keepOpen = new FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void close() throws IOException { flush(); }
        };
        if (format.streaming()) {
            // the same bytes as StreamRDFWriter.getWriterStream(keepOpen, format.jenaFormat()), faster
            StreamRDF writer = NTriplesWriter.to(keepOpen);
            ExportStats stats = export.writeTo(writer);
            flush(keepOpen);
            return stats;
        }
        if (log != null) {
            log.println("khabar: " + format + " is built in memory and meant for small graphs;"
                    + " use --format ntriples or nquads for large ones");
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ExportStats stats = export.writeTo(StreamRDFLib.dataset(dsg));
        long size = format.quads() ? dsg.stream().count() : dsg.getDefaultGraph().size();
        if (format.quads()) RDFWriter.source(dsg).format(format.jenaFormat()).output(keepOpen);
        else RDFWriter.source(dsg.getDefaultGraph()).format(format.jenaFormat()).output(keepOpen);
        flush(keepOpen);
        return new ExportStats(size, stats.articles(), stats.entities(), stats.statements(),
                stats.meetings(), stats.events(), stats.examples());
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump: " + e.getMessage(), e);
        }
    }
}
