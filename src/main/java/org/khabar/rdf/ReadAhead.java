package org.khabar.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads everything an export writes, in the order it is written, on a thread of its own, and hands
 * the rows to the exporting thread over a small bounded queue: Neo4j runs the queries while the
 * exporting thread turns the rows before them into triples. Memory stays flat: at most
 * {@value #QUEUE} batches of {@value #BATCH} rows wait.
 *
 * <pre>{@code
 * ReadAhead.of(rows, quads, withText).readInto(handler);   // calls handler on this thread, in order
 * }</pre>
 *
 * The order: entities, posts, meeting pairs (triples only), then page after page of articles
 * (by id, {@value #PAGE} at a time, one read transaction each) with their mentions, statements,
 * meetings, events and role mentions, then the counts for the cross-check.
 */
final class ReadAhead {
    /**
     * Articles per page: each page costs one query per kind of thing read (articles, mentions,
     * statements, meetings, events, roles), each planned and sorted on its own, so pages are
     * large; memory grows with a page (its articles' IRIs and evidence spans), never with the graph.
     */
    static final int PAGE = 1000;
    static final int BATCH = 128;
    static final int QUEUE = 8;

    /** The queries, in the order of the export. */
    enum Query {
        ENTITIES(Queries.ENTITIES), POSTS(Queries.POSTS), MEETING_PAIRS(Queries.MEETING_PAIRS),
        ARTICLES(Queries.ARTICLES), MENTIONS(Queries.MENTIONS), STATEMENTS(Queries.STATEMENTS),
        MEETINGS(Queries.MEETINGS), EVENTS(Queries.EVENTS), ROLES(Queries.ROLES), COUNTS(Queries.COUNTS);

        final String cypher;

        Query(String cypher) { this.cypher = cypher; }
    }

    /** What the exporting thread does with what is read; called on that thread only, in the export's order. */
    interface Handler {
        void begin(Query q);

        void row(Query q, Row row);

        void end(Query q);
    }

    /** Rows of one query: the first batch {@code begins} it, the last {@code ends} it (one batch may do both). */
    private record Batch(Query query, boolean begins, List<Row> rows, boolean ends, Throwable failure) {
        static final Batch DONE = new Batch(null, false, List.of(), false, null);
    }

    /** Thrown on the reading thread to stop it when the exporting thread gave up. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() { super("the export stopped", null, false, false); }
    }

    private final GraphRows rows;
    private final boolean quads;
    private final boolean withText;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean stop;

    private ReadAhead(GraphRows rows, boolean quads, boolean withText) {
        this.rows = rows;
        this.quads = quads;
        this.withText = withText;
    }

    static ReadAhead of(GraphRows rows, boolean quads, boolean withText) { return new ReadAhead(rows, quads, withText); }

    /**
     * Reads the graph on a new thread and hands it to {@code handler} on this one. What either
     * side throws ends both and is thrown here (a failure of the reading thread as it was thrown
     * there); the reading thread has ended and its transaction is closed when this returns.
     */
    void readInto(Handler handler) {
        Thread reader = new Thread(this::read, "khabar-export-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Batch b = queue.take();
                if (b == Batch.DONE) return;
                if (b.failure() != null) throw rethrown(b.failure());
                if (b.begins()) handler.begin(b.query());
                for (Row r : b.rows()) handler.row(b.query(), r);
                if (b.ends()) handler.end(b.query());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        } finally {
            stop = true;
            queue.clear(); // unblocks the reader, which sees stop and ends
            join(reader);
        }
    }

    private static RuntimeException rethrown(Throwable t) {
        t.addSuppressed(new IllegalStateException("(thrown on the export's reading thread)"));
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException("cannot read the graph: " + t, t);
    }

    private static void join(Thread reader) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true; // the reader must end first: it holds a transaction
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    // ---- the reading thread ----

    private void read() {
        try {
            rows.inTransaction(tx -> run(tx, Query.ENTITIES, Map.of(), null));
            rows.inTransaction(tx -> run(tx, Query.POSTS, Map.of(), null));
            if (!quads) rows.inTransaction(tx -> run(tx, Query.MEETING_PAIRS, Map.of(), null));
            String after = "";
            while (after != null) {
                String from = after;
                String[] last = {null};
                // one transaction per page, since a transaction keeps every result it ran until it ends
                rows.inTransaction(tx -> last[0] = page(tx, from));
                after = last[0];
            }
            rows.inTransaction(tx -> run(tx, Query.COUNTS, Map.of(), null));
            put(Batch.DONE);
        } catch (Stopped e) {
            // the exporting thread has given up and does not read any more
        } catch (Throwable t) {
            try {
                put(new Batch(null, false, List.of(), false, t));
            } catch (Stopped e) {
                // nobody is listening any more
            }
        }
    }

    /** Reads one page of articles (by id, after {@code after}) and what they say; returns the last id, null when none is left. */
    private String page(GraphRows.Tx tx, String after) {
        // streamed, not listed: with --with-text a page of articles is a page of full texts
        List<String> ids = new ArrayList<>();
        run(tx, Query.ARTICLES, Map.of("after", after, "page", PAGE, "withText", withText), ids);
        if (ids.isEmpty()) return null;
        Map<String, Object> p = Map.of("ids", ids);
        for (Query q : List.of(Query.MENTIONS, Query.STATEMENTS, Query.MEETINGS, Query.EVENTS, Query.ROLES)) {
            run(tx, q, p, null);
        }
        return ids.get(ids.size() - 1);
    }

    /** Runs {@code q} and queues its rows in batches; collects the column {@code id} into {@code ids} when given. */
    private void run(GraphRows.Tx tx, Query q, Map<String, Object> params, List<String> ids) {
        Queued sink = new Queued(q, ids);
        tx.forEach(q.cypher, params, sink);
        sink.end();
    }

    /** Rows of one query on their way to the queue. */
    private final class Queued implements GraphRows.Sink {
        private final Query query;
        private final List<String> ids;
        private Map<String, Integer> columns = Map.of();
        private List<Row> batch = new ArrayList<>(BATCH);
        private boolean begun;

        Queued(Query query, List<String> ids) {
            this.query = query;
            this.ids = ids;
        }

        @Override
        public void columns(List<String> names) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < names.size(); i++) m.put(names.get(i), i);
            columns = m;
        }

        @Override
        public void row(Object[] values) {
            if (stop) throw new Stopped();
            Row r = new Row(columns, values);
            if (ids != null) ids.add(r.str("id"));
            batch.add(r);
            if (batch.size() == BATCH) {
                put(new Batch(query, !begun, batch, false, null));
                begun = true;
                batch = new ArrayList<>(BATCH);
            }
        }

        /** The last batch, after the last row. */
        void end() { put(new Batch(query, !begun, batch, true, null)); }
    }

    private void put(Batch b) {
        try {
            while (!queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
                if (stop) throw new Stopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }
}
