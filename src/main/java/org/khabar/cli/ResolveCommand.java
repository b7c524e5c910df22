package org.khabar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.khabar.graph.resolve.EntityResolver;
import org.khabar.graph.resolve.Merge;
import org.khabar.lexicon.Gazetteer;
import org.khabar.lexicon.Lexicon;
import org.khabar.neo4j.EntityResolution;
import org.khabar.neo4j.GraphStore;
import org.khabar.text.ArabicNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar resolve}: one entity per real-world referent across the articles of the store. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Merges entities that name one referent across articles: spelling variants of a full name,"
                + " a family name alone with the one full name it ends when roles or context agree.",
                "Every merge is recorded with its rule and evidence (see explain-entity). `load` runs it at its end."})
final class ResolveCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the counts as one JSON object.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "Print every merge: from, into, rule, evidence.")
    boolean verbose;

    @Option(names = "--dry-run", description = "Only print what would be merged (implies --verbose); change nothing.")
    boolean dryRun;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore graph = GraphStore.open(store.settings(false))) {
            EntityResolution.Report r = EntityResolution.run(graph.driver(), standardResolver(), !dryRun);
            if (verbose || dryRun) {
                for (Merge m : r.applied()) {
                    out.println(m.fromId() + "\t" + m.fromName() + "\t→ " + m.intoId() + "\t" + m.intoName() + "\t"
                            + m.rule().label() + "\t" + m.evidence());
                }
            }
            out.println(json ? r.toJson() : r.describe() + (dryRun ? " — dry run, nothing changed" : ""));
            out.flush();
            return 0;
        }
    }

    /** The resolver with khabar's given-name lexicon: known given names, native ones spelled as written. */
    static EntityResolver standardResolver() {
        Gazetteer g = Lexicon.standard().gazetteer();
        return EntityResolver.with(w -> g.givenName(ArabicNormalizer.key(w)) != null, w -> {
            String origin = g.givenOrigin(ArabicNormalizer.key(w));
            return origin != null && !origin.equals("foreign");
        });
    }
}
