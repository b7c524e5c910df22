package org.khabar.rdf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * SHACL-validates RDF files (any format Jena reads, gzipped or not) with {@code ontology/shapes.ttl}.
 * Quads formats are validated as the union of all their graphs.
 *
 * <pre>{@code
 * RdfValidator.Result r = RdfValidator.standard().validate(Path.of("khabar.trig"));
 * r.print(System.out);
 * }</pre>
 */
public final class RdfValidator {
    private final Shapes shapes;
    private final PrefixMapping prefixes;

    private RdfValidator(Graph shapesGraph, Vocab vocab) {
        this.shapes = Shapes.parse(shapesGraph);
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(vocab.prefixes())
                .setNsPrefix("kgsh", "https://w3id.org/khabar/shapes#")
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#").lock();
    }

    public static RdfValidator standard() { return of(Vocab.standard()); }

    public static RdfValidator of(Vocab vocab) { return new RdfValidator(Ontology.shapes(vocab), vocab); }

    /** Parses {@code file} (format from its name; {@code .gz} is read through) and validates it. */
    public Result validate(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        String name = file.getFileName().toString();
        boolean gz = name.endsWith(".gz");
        Lang lang = RDFLanguages.filenameToLang(gz ? name.substring(0, name.length() - 3) : name);
        if (lang == null) {
            throw new IllegalArgumentException(file + ": cannot tell the RDF format from the file name"
                    + " (use .nt, .nq, .ttl, .trig, .jsonld or .rdf, optionally .gz)");
        }
        try (InputStream in = gz ? new GZIPInputStream(Files.newInputStream(file), 1 << 16)
                : new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in).lang(lang).base(file.toUri().toString()).parse(dsg);
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": not valid RDF: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return validate(dsg);
    }

    /** Validates the union of the default graph and all named graphs. */
    public Result validate(DatasetGraph dsg) {
        Graph target = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> target.add(q.asTriple()));
        ValidationReport report = ShaclValidator.get().validate(shapes, target);
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            problems.add(new Problem(show(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes)),
                    e.message(), show(e.source()), e.severity().level().getLocalName(), show(e.value())));
        }
        problems.sort(Comparator.comparing(Problem::shape).thenComparing(Problem::focus).thenComparing(Problem::path));
        return new Result(report.conforms(), target.size(), problems);
    }

    private String show(Node n) {
        if (n == null) return "";
        if (n.isURI()) return prefixes.shortForm(n.getURI()).equals(n.getURI()) ? "<" + n.getURI() + ">" : prefixes.shortForm(n.getURI());
        if (n.isBlank()) return "[blank node]";
        return n.toString(prefixes);
    }

    /** One SHACL result, ready to print. */
    public record Problem(String focus, String path, String message, String shape, String severity, String value) {}

    /** Whether the data conforms, how many triples were checked, and every problem found. */
    public record Result(boolean conforms, long triples, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** A readable report: one block per problem (focus node, path, message, shape). */
        public void print(PrintStream out) {
            for (Problem p : problems) {
                out.println(p.severity() + ": " + p.message());
                out.println("  focus node: " + p.focus());
                if (!p.path().isEmpty()) out.println("  path:       " + p.path());
                if (!p.value().isEmpty()) out.println("  value:      " + p.value());
                out.println("  shape:      " + p.shape());
            }
        }
    }
}
