package org.khabar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.rdf.RdfValidator;
import org.khabar.rdf.Vocab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code khabar validate FILE…}: SHACL validation with ontology/shapes.ttl. Exit 0 conforms, 1 not, 2 usage. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"SHACL-validates RDF files (any format, .gz too) with khabar's shapes (ontology/shapes.ttl)"
                + " and prints every problem: focus node, path, message, shape.",
                "Exit code 0 when all files conform, 1 when one does not, 2 on usage errors."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files to validate.")
    List<Path> files;

    @Option(names = "--vocab", paramLabel = "NS", defaultValue = Vocab.DEFAULT_NS,
            description = "Namespace of khabar's ontology terms the files use (default: ${DEFAULT-VALUE}).")
    String vocab;

    @Override
    public Integer call() {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), f + ": no such file");
            }
            String name = f.getFileName().toString().replaceFirst("\\.gz$", "");
            if (org.apache.jena.riot.RDFLanguages.filenameToLang(name) == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), f
                        + ": cannot tell the RDF format from the name (use .nt, .nq, .ttl, .trig, .jsonld or .rdf, optionally .gz)");
            }
        }
        RdfValidator validator = RdfValidator.of(Vocab.of(vocab));
        boolean all = true;
        var out = spec.commandLine().getOut();
        for (Path f : files) {
            RdfValidator.Result r = validator.validate(f);
            if (r.conforms()) {
                out.println(f + ": conforms (" + r.triples() + " triples checked)");
            } else {
                all = false;
                out.println(f + ": does NOT conform: " + r.problems().size() + " problem(s) in " + r.triples() + " triples");
                java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
                java.io.PrintStream ps = new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8);
                r.print(ps);
                out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        out.flush();
        return all ? 0 : 1;
    }
}
