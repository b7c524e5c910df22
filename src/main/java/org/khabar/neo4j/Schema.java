package org.khabar.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

/** khabar's constraints and indexes ({@code cypher/schema.cypher}), applied idempotently. */
public final class Schema {
    static final String RESOURCE = "/cypher/schema.cypher";

    private Schema() {}

    /** The schema statements, in file order, comments removed. */
    public static List<String> statements() {
        String text;
        try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild khabar");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("//")) continue;
            cur.append(t).append('\n');
            if (t.endsWith(";")) {
                String stmt = cur.toString().strip();
                out.add(stmt.substring(0, stmt.length() - 1).strip());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return List.copyOf(out);
    }

    /**
     * Waits until the eventually consistent full-text indexes hold everything committed so far:
     * every writer calls it before it returns, so that a search right after sees its writes.
     */
    public static void refreshFullText(Driver driver) {
        try (Session session = driver.session()) {
            session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
        } catch (Neo4jException e) {
            throw new StoreException("the full-text indexes could not catch up with the writes: " + e.getMessage()
                    + " (searches may miss the newest articles until Neo4j has caught up; nothing was lost)", e);
        }
    }

    /**
     * Creates what is missing (IF NOT EXISTS) and waits until the indexes are online. Each
     * statement is its own managed transaction, so that two loads starting at once on a new store
     * (which may deadlock on the schema locks) are retried by the driver instead of failing.
     */
    public static void apply(Driver driver) {
        try (Session session = driver.session()) {
            for (String stmt : statements()) {
                try {
                    session.executeWrite(tx -> tx.run(stmt).consume());
                } catch (Neo4jException e) {
                    // created meanwhile by a concurrent apply: IF NOT EXISTS only covers what existed before
                    if (!e.code().startsWith("Neo.ClientError.Schema.") || !e.code().contains("AlreadyExists")) throw e;
                }
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        } catch (Neo4jException e) {
            throw new StoreException("cannot apply the khabar schema: " + e.getMessage()
                    + " (was the database created by another tool?)", e);
        }
    }
}
