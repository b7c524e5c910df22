package org.khabar.bench;

import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.khabar.rdf.ExportStats;
import org.khabar.rdf.RdfDump;
import org.khabar.rdf.RdfExport;
import org.khabar.rdf.RdfFormat;

/**
 * RDF export of the graph in Neo4j: khabar's streaming N-Triples export (what {@code khabar
 * export} runs; through the embedded Java API as {@code khabar export} does for a store it starts itself,
 * or over Bolt with {@code --rdf-over-bolt}) against the same triples collected into an in-memory Jena graph and written from
 * it. Output goes to a byte counter, not to disk.
 */
final class RdfBench {
    private RdfBench() {}

    /** Bytes written, nothing kept. */
    static final class Counter extends OutputStream {
        long bytes;

        @Override public void write(int b) { bytes++; }

        @Override public void write(byte[] b, int off, int len) { bytes += len; }
    }

    /** How the export reads the graph, and its name in the report. */
    record Reader(String name, Supplier<RdfExport> exports) {
        RdfExport export() { return exports.get(); }
    }

    static void run(Reader reader, int warmups, int runs, boolean withModel, Report report) {
        long[] triples = new long[1];
        long[] bytes = new long[1];
        Sample stream = Sample.collect("rdf-export-" + (reader.name().contains("Bolt") ? "bolt" : "embedded"), warmups, runs, () -> {
            Counter out = new Counter();
            long t0 = System.nanoTime();
            ExportStats s = RdfDump.of(reader.export(), RdfFormat.NTRIPLES).writeTo(out, null);
            double secs = Sample.since(t0);
            triples[0] = s.triples();
            bytes[0] = out.bytes;
            return secs;
        });
        HeapWatch.Peak streamHeap = HeapWatch.during(
                () -> RdfDump.of(reader.export(), RdfFormat.NTRIPLES).writeTo(new Counter(), null));
        String what = String.format(Locale.ROOT, "RDF export, streaming N-Triples from Neo4j, read through the %s (%,d triples, %,d MB)",
                reader.name(), triples[0], bytes[0] / 1_000_000);
        if (!withModel) {
            report.row(what, stream.rate(triples[0], "triples/s") + "; " + streamHeap.describe(), "", "",
                    "≥ 300,000 triples/s, heap flat", stream.median() > 0 && triples[0] / stream.median() >= 300_000);
            return;
        }
        double[] build = new double[1];
        Sample write = Sample.collect(warmups, runs, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            long t0 = System.nanoTime();
            reader.export().writeTo(StreamRDFLib.graph(g));
            build[0] = Sample.since(t0);
            long t1 = System.nanoTime();
            RDFWriter.source(g).format(RDFFormat.NTRIPLES_UTF8).output(new Counter());
            return Sample.since(t1);
        });
        HeapWatch.Peak modelHeap = HeapWatch.during(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            reader.export().writeTo(StreamRDFLib.graph(g));
            RDFWriter.source(g).format(RDFFormat.NTRIPLES_UTF8).output(new Counter());
        });
        double rate = triples[0] / stream.median();
        double ratio = write.median() / stream.median(); // streaming rate ÷ in-memory writer's rate
        boolean flat = streamHeap.afterGc() - streamHeap.before() < (modelHeap.afterGc() - modelHeap.before()) / 4;
        report.row(what, stream.rate(triples[0], "triples/s") + "; " + streamHeap.describe(),
                "write from an in-memory Jena graph: " + write.rate(triples[0], "triples/s")
                        + String.format(Locale.ROOT, " (+%.1f s to build the graph from Neo4j); ", build[0])
                        + modelHeap.describe(),
                ExtractionBench.fmt(ratio) + "× the in-memory writer's rate (export includes reading Neo4j)",
                "≥ 300,000 triples/s, heap flat", rate >= 300_000 && flat);
    }
}
