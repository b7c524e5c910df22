package org.khabar.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads everything an export writes on two threads of its own, and hands the rows to the exporting
 * thread over small bounded queues: Neo4j runs the queries while the exporting thread turns the
 * rows before them into triples. Memory stays flat: at most {@value #QUEUE} batches of
 * {@value #BATCH} rows wait in each queue.
 *
 * <pre>{@code
 * ReadAhead.of(rows, quads, withText).readInto(handler);   // calls handler on this thread
 * }</pre>
 *
 * One thread reads what goes to the default graph: entities, posts, meeting pairs (triples
 * only). The other reads page after page of articles (by id, {@value #PAGE} at a time, one read
 * transaction each) with their mentions, statements, meetings, events and role mentions, then the
 * counts for the cross-check. Each thread's rows arrive in its order; the exporting thread takes a
 * batch from each in turn, so the interleaving depends only on the graph, never on timing: the
 * same store always gives the same bytes.
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
    private volatile boolean stop;

    private ReadAhead(GraphRows rows, boolean quads, boolean withText) {
        this.rows = rows;
        this.quads = quads;
        this.withText = withText;
    }

    static ReadAhead of(GraphRows rows, boolean quads, boolean withText) { return new ReadAhead(rows, quads, withText); }

    /**
     * Reads the graph on new threads and hands it to {@code handler} on this one. What any side
     * throws ends them all and is thrown here (a failure of a reading thread as it was thrown
     * there); the reading threads have ended and their transactions are closed when this returns.
     */
    void readInto(Handler handler) {
        List<Lane> lanes = List.of(new Lane("khabar-export-descriptions", this::descriptions),
                new Lane("khabar-export-articles", this::articles));
        lanes.forEach(Lane::start);
        try {
            List<Lane> live = new ArrayList<>(lanes);
            while (!live.isEmpty()) {
                for (java.util.Iterator<Lane> it = live.iterator(); it.hasNext(); ) {
                    Batch b = it.next().queue.take();
                    if (b == Batch.DONE) {
                        it.remove();
                        continue;
                    }
                    if (b.failure() != null) throw rethrown(b.failure());
                    if (b.begins()) handler.begin(b.query());
                    for (Row r : b.rows()) handler.row(b.query(), r);
                    if (b.ends()) handler.end(b.query());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        } finally {
            stop = true;
            for (Lane l : lanes) l.queue.clear(); // unblocks the readers, which see stop and end
            for (Lane l : lanes) join(l.thread);
        }
    }

    /** One reading thread and the queue it fills. */
    private final class Lane {
        final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
        final Thread thread;

        Lane(String name, java.util.function.Consumer<Lane> reads) {
            thread = new Thread(() -> read(this, reads), name);
            thread.setDaemon(true);
        }

        void start() { thread.start(); }
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

    private void read(Lane lane, java.util.function.Consumer<Lane> reads) {
        try {
            reads.accept(lane);
            put(lane, Batch.DONE);
        } catch (Stopped e) {
            // the exporting thread has given up and does not read any more
        } catch (Throwable t) {
            try {
                put(lane, new Batch(null, false, List.of(), false, t));
            } catch (Stopped e) {
                // nobody is listening any more
            }
        }
    }

    /** What goes to the default graph. */
    private void descriptions(Lane lane) {
        rows.inTransaction(tx -> run(lane, tx, Query.ENTITIES, Map.of(), null));
        rows.inTransaction(tx -> run(lane, tx, Query.POSTS, Map.of(), null));
        if (!quads) rows.inTransaction(tx -> run(lane, tx, Query.MEETING_PAIRS, Map.of(), null));
    }

    /** The articles and what they say, page by page; then the counts. */
    private void articles(Lane lane) {
        String after = "";
        while (after != null) {
            String from = after;
            String[] last = {null};
            // one transaction per page, since a transaction keeps every result it ran until it ends
            rows.inTransaction(tx -> last[0] = page(lane, tx, from));
            after = last[0];
        }
        rows.inTransaction(tx -> run(lane, tx, Query.COUNTS, Map.of(), null));
    }

    /** Reads one page of articles (by id, after {@code after}) and what they say; returns the last id, null when none is left. */
    private String page(Lane lane, GraphRows.Tx tx, String after) {
        // streamed, not listed: with --with-text a page of articles is a page of full texts
        List<String> ids = new ArrayList<>();
        run(lane, tx, Query.ARTICLES, Map.of("after", after, "page", PAGE, "withText", withText), ids);
        if (ids.isEmpty()) return null;
        Map<String, Object> p = Map.of("ids", ids);
        for (Query q : List.of(Query.MENTIONS, Query.STATEMENTS, Query.MEETINGS, Query.EVENTS, Query.ROLES)) {
            run(lane, tx, q, p, null);
        }
        return ids.get(ids.size() - 1);
    }

    /** Runs {@code q} and queues its rows in batches; collects the column {@code id} into {@code ids} when given. */
    private void run(Lane lane, GraphRows.Tx tx, Query q, Map<String, Object> params, List<String> ids) {
        Queued sink = new Queued(lane, q, ids);
        tx.forEach(q.cypher, params, sink);
        sink.end();
    }

    /** Rows of one query on their way to the queue. */
    private final class Queued implements GraphRows.Sink {
        private final Lane lane;
        private final Query query;
        private final List<String> ids;
        private Map<String, Integer> columns = Map.of();
        private List<Row> batch = new ArrayList<>(BATCH);
        private boolean begun;

        Queued(Lane lane, Query query, List<String> ids) {
            this.lane = lane;
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
                put(lane, new Batch(query, !begun, batch, false, null));
                begun = true;
                batch = new ArrayList<>(BATCH);
            }
        }

        /** The last batch, after the last row. */
        void end() { put(lane, new Batch(query, !begun, batch, true, null)); }
    }

    private void put(Lane lane, Batch b) {
        try {
            while (!lane.queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
                if (stop) throw new Stopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }
}
