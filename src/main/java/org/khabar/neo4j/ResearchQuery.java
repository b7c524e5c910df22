package org.khabar.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * One of khabar's research queries ({@code cypher/queries/NAME.cypher}): read-only Cypher with
 * {@code $parameters} and a header comment ({@code // Title:}, {@code // Parameters:},
 * {@code // Example:}).
 *
 * <pre>{@code
 * List<Map<String, Object>> rows = ResearchQuery.named("meetings").run(driver, Map.of("entity", "كيري"));
 * }</pre>
 *
 * @param parameters the {@code $names} the query uses; missing ones are passed as null
 */
public record ResearchQuery(String name, String title, String parametersDoc, String example, String cypher,
                            Set<String> parameters) {
    /** The bundled queries, in the order {@code khabar query --list} shows them. */
    public static final List<String> NAMES = List.of("statements-by-person", "denials", "meetings",
            "statements-about-country", "accusations", "calls-for", "most-quoted", "co-occurrence", "timeline",
            "evidence", "search", "merges");

    private static final Pattern PARAM = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    /** Parameters holding Arabic text to search for: normalized with {@link ArabicKey} first. */
    private static final Set<String> SEARCH_TEXT = Set.of("q");

    public ResearchQuery {
        parameters = Set.copyOf(parameters);
    }

    public static ResearchQuery named(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no research query '" + name + "'; known: " + String.join(", ", NAMES));
        }
        String resource = "/cypher/queries/" + name + ".cypher";
        try (InputStream in = ResearchQuery.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath; rebuild khabar");
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    public static List<ResearchQuery> all() {
        return NAMES.stream().map(ResearchQuery::named).toList();
    }

    static ResearchQuery parse(String name, String text) {
        String title = "", params = "", example = "";
        StringBuilder body = new StringBuilder();
        String last = null;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("//")) {
                String c = t.substring(2).strip();
                if (c.startsWith("Title:")) { title = c.substring(6).strip(); last = "t"; }
                else if (c.startsWith("Parameters:")) { params = c.substring(11).strip(); last = "p"; }
                else if (c.startsWith("Example:")) { example = c.substring(8).strip(); last = "e"; }
                else if ("p".equals(last)) params += " " + c;
                continue;
            }
            body.append(line).append('\n');
        }
        String cypher = body.toString().strip();
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARAM.matcher(cypher);
        while (m.find()) names.add(m.group(1));
        return new ResearchQuery(name, title, params, example, cypher, names);
    }

    /**
     * Runs the query in a read transaction.
     *
     * @param params values by parameter name; undeclared names are rejected, missing ones are null
     */
    public List<Map<String, Object>> run(Driver driver, Map<String, ?> params) {
        for (String k : params.keySet()) {
            if (!parameters.contains(k)) {
                throw new IllegalArgumentException("query " + name + " has no parameter '" + k + "'"
                        + (parameters.isEmpty() ? "" : "; it takes " + String.join(", ", parameters)));
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (String p : parameters) {
            Object v = params.get(p);
            if (v instanceof String s && SEARCH_TEXT.contains(p)) v = ArabicKey.of(s);
            values.put(p, v);
        }
        try (Session session = driver.session()) {
            List<Record> records = session.executeRead(tx -> tx.run(cypher, values).list());
            List<Map<String, Object>> rows = new ArrayList<>(records.size());
            for (Record r : records) rows.add(r.asMap());
            return rows;
        } catch (Neo4jException e) {
            throw new StoreException("query " + name + " failed: " + e.getMessage(), e);
        }
    }
}
