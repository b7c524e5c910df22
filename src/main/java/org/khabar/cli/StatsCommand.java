package org.khabar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.khabar.neo4j.GraphStats;
import org.khabar.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar stats [--json]}: node and relationship counts. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints node and relationship counts, by label and by relationship type.")
final class StatsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print {\"nodes\": N, \"relationships\": M, \"labels\": {…}, \"types\": {…}}.")
    boolean json;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (GraphStore graph = GraphStore.open(store.settings(false))) {
            GraphStats s = GraphStats.read(graph.driver());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(s.toJson());
            } else {
                out.println(graph.description());
                out.print(s.toTable());
            }
            out.flush();
            return 0;
        }
    }
}
