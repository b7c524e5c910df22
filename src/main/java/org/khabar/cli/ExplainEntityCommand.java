package org.khabar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.khabar.neo4j.EntityExplanation;
import org.khabar.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar explain-entity NAME}: the canonical entity, its aliases with sources, its merges. */
@Command(name = "explain-entity", mixinStandardHelpOptions = true,
        description = {"Explains an entity: its canonical name, every alias with the articles that used it,"
                + " and every merge that went into it with its rule and evidence.",
                "NAME is a name, an alias, an id, or a name or id that was merged into another."})
final class ExplainEntityCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "NAME", description = "A name («لافروف»), an alias or an id (person:…).")
    String name;

    @Option(names = "--sources", paramLabel = "N", defaultValue = "5",
            description = "Articles listed per alias (default: ${DEFAULT-VALUE}).")
    int sources;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore graph = GraphStore.open(store.settings(false))) {
            Optional<EntityExplanation> e = EntityExplanation.find(graph.driver(), name, Math.max(0, sources));
            if (e.isEmpty()) {
                List<String> close = EntityExplanation.candidates(graph.driver(), name, 5);
                err.println("khabar: no entity is named «" + name.strip() + "» in " + graph.description()
                        + (close.isEmpty() ? "; nothing close either (is the store loaded?)"
                                : "; close names: " + String.join(", ", close)));
                err.flush();
                return 1;
            }
            out.print(json ? JSON.writeValueAsString(e.get()) + System.lineSeparator() : e.get().describe());
            out.flush();
            return 0;
        }
    }
}
