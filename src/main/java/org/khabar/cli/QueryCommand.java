package org.khabar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.khabar.neo4j.GraphStore;
import org.khabar.neo4j.ResearchQuery;
import org.khabar.neo4j.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar query NAME [--param k=v]…}: runs one of the research queries in cypher/queries. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a research query (cypher/queries/NAME.cypher) and prints its rows.",
                "khabar query --list shows the queries and their parameters."})
final class QueryCommand implements Callable<Integer> {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The query name, e.g. meetings.")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A query parameter; whole numbers are passed as integers.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--list", description = "List the queries.")
    boolean list;

    @Option(names = "--json", description = "Print one JSON object per row.")
    boolean json;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (ResearchQuery q : ResearchQuery.all()) {
                out.println(q.name() + " — " + q.title());
                out.println("    parameters: " + q.parametersDoc());
                out.println("    example:    " + q.example());
            }
            out.flush();
            return 0;
        }
        if (name == null) throw new ParameterException(spec.commandLine(), "give a query NAME or --list");
        ResearchQuery q;
        try {
            q = ResearchQuery.named(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, INTEGER.matcher(v).matches() ? (Object) Long.parseLong(v) : v));
        for (String k : values.keySet()) {
            if (!q.parameters().contains(k)) {
                throw new ParameterException(spec.commandLine(), "query " + name + " has no parameter '" + k + "'");
            }
        }
        try (GraphStore graph = GraphStore.open(store.settings(false))) {
            // the full-text indexes exist once anything was loaded; a store never loaded gets them here
            if (q.cypher().contains("db.index.fulltext")) Schema.apply(graph.driver());
            List<Map<String, Object>> rows = q.run(graph.driver(), values);
            for (Map<String, Object> row : rows) {
                if (json) {
                    out.println(JSON.writeValueAsString(row));
                } else {
                    StringBuilder b = new StringBuilder();
                    row.forEach((k, v) -> b.append(b.length() == 0 ? "" : "\n    ").append(k).append(": ").append(v));
                    out.println(b);
                }
            }
            if (!json) out.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
            out.flush();
            return 0;
        }
    }
}
