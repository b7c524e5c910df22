package org.khabar.neo4j;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.GraphSink;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Writes document graphs into Neo4j, many articles per write transaction, never half an article.
 *
 * <pre>{@code
 * try (Neo4jLoader loader = Neo4jLoader.open(driver, Neo4jLoader.Settings.defaults())) {
 *     for (DocumentGraph g : graphs) loader.add(g).forEach(f -> System.err.println(f.error().getMessage()));
 *     loader.flush().forEach(f -> System.err.println(f.error().getMessage()));
 *     LoadSummary s = loader.summary();
 * }
 * }</pre>
 *
 * <p>{@link #add} collects graphs and writes a batch ({@link Settings#batchSize()} articles) in one
 * transaction with one query per kind of node or relationship ({@link BatchWrite}). When Neo4j
 * refuses a batch, it is written again article by article, so that the one bad article fails alone
 * (a {@link Failure} naming it) and the others land. {@link #load} writes one article at once.
 *
 * <p>Idempotent: an article whose stored {@code sha256} matches is skipped; an article stored with
 * another {@code sha256} first loses what it contributed (its statements and events, the
 * relationships carrying its {@code articleId}, its mentions, then entities nobody mentions any
 * more) and is then written again. Entities are merged on {@code id} across articles. Each
 * article's {@code MENTIONS} carries what it contributed ({@code name}, {@code aliases},
 * {@code roles}); the entity's canonical name, aliases, {@code aliasText} and roles are derived
 * from its mentions ({@link EntityNames}), so a replaced article takes back only its own forms.
 *
 * <p>Two ways to the store, with the same result: when this process runs the store
 * ({@link #open(GraphStore, Settings)} on an embedded store), batches are written through Neo4j's
 * Java API, the bulk of them with the core API ({@link CoreWrites}); otherwise (a standalone server,
 * a running {@code khabar serve}) with Cypher over Bolt. In this process, {@link Settings#writers()}
 * batches are written at once, each in its own transaction; an article in two batches is written
 * in the order it came, and places whose country a concurrent batch wrote are linked by
 * {@link #flush}.
 *
 * <p>Neo4j stopping: the driver retries a transaction on connection loss and transient errors for
 * its maximum retry time; after that the loader keeps retrying the batch with a growing pause for
 * {@link Settings#retryFor()}, telling {@link Settings#notices()}; when Neo4j stays away it throws a
 * {@link StoreException}. Committed batches stay; a second run skips them and converges to the
 * graph of an uninterrupted run.
 *
 * <p>References to entity ids that the document does not define (a dangling speaker, target,
 * place…) are skipped and reported in {@link LoadSummary#warnings()}; the one exception is the
 * country of a {@code locatedIn} pair, which is linked when the graph already holds it.
 */
public final class Neo4jLoader implements GraphSink {
    /** What happened to one article. */
    public enum Outcome { LOADED, REPLACED, UNCHANGED }

    /** An article Neo4j refused, alone; nothing of it was written. */
    public record Failure(Article article, StoreException error) {}

    /**
     * @param batchSize articles per write transaction (1 = one transaction per article)
     * @param maxRows   a batch is also written once it holds about this many rows (big articles)
     * @param retryFor  how long to keep retrying a batch while Neo4j cannot be reached
     * @param notices   told about each retry (one line, no prefix); never null
     * @param writers   batches written at once when this process runs the store (each in its own
     *                  transaction and thread, while the caller prepares the next); over Bolt one
     */
    public record Settings(int batchSize, int maxRows, Duration retryFor, Consumer<String> notices, int writers) {
        public static final int DEFAULT_BATCH_SIZE = 200;
        public static final int DEFAULT_WRITERS = 2;

        public Settings {
            if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
            if (writers < 1) throw new IllegalArgumentException("writers must be at least 1, not " + writers);
            if (maxRows < 1) throw new IllegalArgumentException("maxRows must be at least 1, not " + maxRows);
            Objects.requireNonNull(retryFor, "retryFor");
            Objects.requireNonNull(notices, "notices");
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_BATCH_SIZE, 50_000, Duration.ofSeconds(60), m -> {}, DEFAULT_WRITERS);
        }

        public Settings withBatchSize(int n) { return new Settings(n, maxRows, retryFor, notices, writers); }

        public Settings withRetryFor(Duration d) { return new Settings(batchSize, maxRows, d, notices, writers); }

        public Settings withNotices(Consumer<String> n) { return new Settings(batchSize, maxRows, retryFor, n, writers); }

        public Settings withWriters(int n) { return new Settings(batchSize, maxRows, retryFor, notices, n); }
    }

    private static final int MAX_WARNINGS = 100;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(15);

    private final Driver driver;
    private final Settings settings;
    private final LoadSummary.Builder summary = new LoadSummary.Builder(MAX_WARNINGS);
    private final List<ArticleRows> pending = new ArrayList<>();
    private final Set<String> pendingIds = new HashSet<>();
    private int pendingRows;
    /** Outcomes of the articles written by the last {@link #flush}, for {@link #load}. */
    private final Map<String, Outcome> lastOutcome = new HashMap<>();
    /** Whether a batch changed the store (then {@link #close} waits for the full-text indexes). */
    private boolean wrote;

    /** The store itself when this process runs it (batches skip Bolt and Cypher), else null. */
    private final GraphDatabaseService db;

    /** Batches being written by the writer threads, oldest first (only with several writers in process). */
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    /**
     * The writer threads, made on the first batch that needs them; idle ones end after a few
     * seconds (daemon threads: nothing to shut down, and a loader may be used again after close).
     */
    private ThreadPoolExecutor writers;
    /** Whether batches were written at once since the waiting places were last linked. */
    private boolean concurrent;

    /** A batch handed to a writer thread: its article ids, and what writing it gives. */
    private record InFlight(Set<String> ids, Future<Written> written) {}

    /** What writing a batch gave: parts written (the batch, or its articles one by one) and articles refused. */
    private record Written(List<Map.Entry<List<ArticleRows>, BatchWrite.Result>> parts,
                           List<Map.Entry<ArticleRows, Refused>> refused) {}

    private Neo4jLoader(Driver driver, GraphDatabaseService db, Settings settings) {
        this.driver = driver;
        this.db = db;
        this.settings = settings;
    }

    /**
     * A loader writing into {@code store}: through Neo4j's Java API when this process runs it,
     * else over Bolt; applies the schema first. The store stays the caller's.
     */
    public static Neo4jLoader open(GraphStore store, Settings settings) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        Schema.apply(store.driver());
        return new Neo4jLoader(store.driver(), store.embeddedDatabase().orElse(null), settings);
    }

    /** {@link #open(GraphStore, Settings)} with the default settings. */
    public static Neo4jLoader open(GraphStore store) {
        return open(store, Settings.defaults());
    }

    /** A loader with the default settings writing through {@code driver}; applies the schema first. */
    public static Neo4jLoader open(Driver driver) {
        return open(driver, Settings.defaults());
    }

    /** A loader writing through {@code driver}; applies the schema first. The driver stays the caller's. */
    public static Neo4jLoader open(Driver driver, Settings settings) {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(settings, "settings");
        Schema.apply(driver);
        return new Neo4jLoader(driver, null, settings);
    }

    /**
     * Adds one article; writes the batch when it is full (with several writers, hands it to a
     * writer thread and goes on).
     *
     * @return the articles Neo4j refused (each tried alone) in the batches written meanwhile, usually none
     * @throws StoreException when Neo4j cannot be reached within {@link Settings#retryFor()}
     */
    public List<Failure> add(DocumentGraph graph) {
        Objects.requireNonNull(graph, "graph");
        List<Failure> failed = new ArrayList<>();
        // the same article twice in one batch: the first must be written before the second is compared
        if (pendingIds.contains(graph.article().id())) failed.addAll(submit());
        ArticleRows rows = ArticleRows.of(graph);
        pending.add(rows);
        pendingIds.add(graph.article().id());
        pendingRows += rows.size();
        if (pending.size() >= settings.batchSize() || pendingRows >= settings.maxRows()) failed.addAll(submit());
        return failed;
    }

    /**
     * Writes the collected articles, and waits until every batch handed to a writer thread is
     * written.
     *
     * @return the articles Neo4j refused (each tried alone), usually none
     * @throws StoreException when Neo4j cannot be reached within {@link Settings#retryFor()}
     */
    public List<Failure> flush() {
        List<Failure> failed = new ArrayList<>(submit());
        while (!inFlight.isEmpty()) failed.addAll(collect(inFlight.removeFirst()));
        if (concurrent) {
            // two batches written at once may each have missed the other's place or country
            concurrent = false;
            try (Transaction tx = db.beginTx()) {
                int linked = new WriteTx.Embedded(tx).run(BatchWrite.OPTIONS + BatchWrite.LINK_WAITING_PLACES, Map.of())
                        .relsCreated();
                tx.commit();
                summary.linked(linked);
                if (linked > 0) wrote = true;
            }
        }
        return failed;
    }

    /**
     * Writes the collected articles as one batch: here, or with several writers in a writer thread
     * (after waiting for a free one, and for any earlier batch with one of the same articles, so
     * that versions of an article land in the order they came).
     *
     * @return the articles Neo4j refused in the batches finished meanwhile
     */
    private List<Failure> submit() {
        if (pending.isEmpty()) return List.of();
        List<ArticleRows> batch = List.copyOf(pending);
        Set<String> ids = Set.copyOf(pendingIds);
        pending.clear();
        pendingIds.clear();
        pendingRows = 0;
        if (db == null || settings.writers() == 1) return record(write(batch));
        List<Failure> failed = new ArrayList<>();
        while (!inFlight.isEmpty() && (inFlight.size() >= settings.writers()
                || inFlight.stream().anyMatch(f -> !java.util.Collections.disjoint(f.ids(), ids)))) {
            failed.addAll(collect(inFlight.removeFirst()));
        }
        if (!inFlight.isEmpty()) concurrent = true;
        if (writers == null) {
            writers = new ThreadPoolExecutor(settings.writers(), settings.writers(), 5, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "khabar-writer");
                        t.setDaemon(true);
                        return t;
                    });
            writers.allowCoreThreadTimeOut(true);
        }
        inFlight.addLast(new InFlight(ids, writers.submit(() -> write(batch))));
        return failed;
    }

    /** Waits for a batch handed to a writer thread and records what it gave. */
    private List<Failure> collect(InFlight f) {
        try {
            return record(f.written().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a batch to be written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new StoreException("writing a batch failed: " + e.getCause(), e.getCause());
        }
    }

    /** Writes {@code batch} in one transaction; when Neo4j refuses it, article by article. Touches no state. */
    private Written write(List<ArticleRows> batch) {
        try {
            return new Written(List.of(Map.entry(batch, writeRetrying(batch))), List.of());
        } catch (Refused refused) {
            if (batch.size() == 1) return new Written(List.of(), List.of(Map.entry(batch.get(0), refused)));
        }
        List<Map.Entry<List<ArticleRows>, BatchWrite.Result>> parts = new ArrayList<>();
        List<Map.Entry<ArticleRows, Refused>> refused = new ArrayList<>();
        for (ArticleRows one : batch) {
            try {
                parts.add(Map.entry(List.of(one), writeRetrying(List.of(one))));
            } catch (Refused r) {
                refused.add(Map.entry(one, r));
            }
        }
        return new Written(parts, refused);
    }

    /** Records a written batch in the summary (in the caller's thread); the articles refused. */
    private List<Failure> record(Written w) {
        w.parts().forEach(p -> record(p.getKey(), p.getValue()));
        List<Failure> failed = new ArrayList<>();
        w.refused().forEach(r -> failed.add(failure(r.getKey(), r.getValue())));
        return failed;
    }

    /** As {@link #add}, for a {@link GraphSink}: a refused article is a {@link StoreException}. */
    @Override
    public void accept(DocumentGraph graph) {
        throwFirst(add(graph));
    }

    /**
     * Loads one article now, in its own transaction (with whatever was collected before); a
     * full-text search right after finds it.
     *
     * @throws StoreException naming the article when Neo4j refuses it; nothing of it is written
     */
    public Outcome load(DocumentGraph graph) {
        Objects.requireNonNull(graph, "graph");
        lastOutcome.clear();
        List<Failure> failed = new ArrayList<>(add(graph));
        failed.addAll(flush());
        if (wrote) Schema.refreshFullText(driver); // "now": a search right after sees it
        throwFirst(failed);
        return lastOutcome.get(graph.article().id());
    }

    /**
     * The content hash of every article already in the store, by article id: lets a caller skip
     * the extraction of an article that would load as unchanged.
     */
    public Map<String, String> storedHashes() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, String> m = new HashMap<>();
                tx.run("MATCH (a:Article) WHERE a.sha256 IS NOT NULL RETURN a.id AS id, a.sha256 AS sha")
                        .forEachRemaining(r -> m.put(r.get("id").asString(), r.get("sha").asString()));
                return m;
            });
        } catch (Neo4jException e) {
            throw new StoreException("cannot read the articles already in the store: " + e.getMessage(), e);
        }
    }

    /** Counts an article that was left alone because the store already has this very content. */
    public void unchanged(Article article) {
        Objects.requireNonNull(article, "article");
        summary.add(Outcome.UNCHANGED, 0, 0, 0, 0);
    }

    /** Articles and graph changes so far (of written batches). */
    public LoadSummary summary() {
        return summary.build();
    }

    /**
     * Writes what is collected ({@link #flush}) and, when the load changed the store, waits until
     * the full-text indexes hold it ({@link Schema#refreshFullText}); the driver stays the caller's.
     *
     * @throws StoreException when an article was refused or Neo4j cannot be reached
     */
    @Override
    public void close() {
        List<Failure> failed = flush();
        if (wrote) Schema.refreshFullText(driver);
        throwFirst(failed);
    }

    /**
     * The id of an outlet's Organization node: {@code org:outlet-<slug>} for an ASCII name such as
     * {@code aawsat}, else {@code org:outlet-<hash of the name>}; the same outlet name gives the same node.
     */
    static String outletId(String outlet) {
        String slug = outlet.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (slug.matches("[a-z0-9._-]{1,64}")) return "org:outlet-" + slug;
        return "org:outlet-" + Article.sha256(ArabicKey.of(outlet)).substring(0, 12);
    }

    /** The properties of an {@code :Article} node (nulls are not stored by {@code SET a += $props}). */
    public static Map<String, Object> articleProperties(Article a) {
        return ArticleRows.articleProperties(a);
    }

    /** CAMEO code of a meeting kind: 042 make a visit, 046 negotiate, else 040 consult. */
    static String meetingCameo(String kind) {
        return ArticleRows.meetingCameo(kind);
    }

    private void record(List<ArticleRows> batch, BatchWrite.Result r) {
        wrote |= r.nodesCreated() + r.relationshipsCreated() + r.nodesDeleted() + r.relationshipsDeleted() > 0;
        boolean first = true;
        for (ArticleRows a : batch) {
            Outcome o = r.outcomes().get(a.article().id());
            if (first) {
                summary.add(o, r.nodesCreated(), r.relationshipsCreated(), r.nodesDeleted(), r.relationshipsDeleted());
                first = false;
            } else {
                summary.add(o, 0, 0, 0, 0);
            }
            if (o != Outcome.UNCHANGED) a.warnings().forEach(summary::warn);
        }
        lastOutcome.putAll(r.outcomes());
    }

    private Failure failure(ArticleRows a, Refused e) {
        summary.failed();
        Article article = a.article();
        return new Failure(article, new StoreException("article " + article.id() + " (" + article.source()
                + ") was not loaded: " + e.getMessage(), e.getCause()));
    }

    /** Neo4j refused a batch (a constraint, a bad value): not worth trying again as it is. */
    private static final class Refused extends RuntimeException {
        Refused(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static void throwFirst(List<Failure> failed) {
        if (failed.isEmpty()) return;
        StoreException first = failed.get(0).error();
        if (failed.size() == 1) throw first;
        throw new StoreException(first.getMessage() + " (and " + (failed.size() - 1) + " more articles)", first);
    }

    /**
     * One write transaction for {@code batch}, tried again while Neo4j cannot be reached (the driver
     * itself retries first, for its maximum retry time).
     *
     * @throws Refused when Neo4j refuses the batch
     * @throws StoreException when Neo4j stays unreachable for {@link Settings#retryFor()}
     */
    private BatchWrite.Result writeRetrying(List<ArticleRows> batch) {
        if (db != null) return writeEmbedded(batch);
        long deadline = System.nanoTime() + settings.retryFor().toNanos();
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try (Session session = driver.session()) {
                return session.executeWrite(tx -> BatchWrite.write(new WriteTx.Bolt(tx), batch));
            } catch (ServiceUnavailableException | SessionExpiredException | TransientException e) {
                long left = deadline - System.nanoTime();
                // at least one retry after a pause, even when the driver's own retries used up the window
                if (left <= 0 && attempt > 1) {
                    throw new StoreException("Neo4j did not answer for " + settings.retryFor().toSeconds()
                            + " s during the load (" + firstLine(e) + "); check that it runs (for the embedded store,"
                            + " its logs/ directory), then run the same load again: the articles committed so far"
                            + " are kept and the others are loaded", e);
                }
                Duration wait = left <= 0 || pause.toNanos() < left ? pause : Duration.ofNanos(left);
                settings.notices().accept("Neo4j is unavailable (" + firstLine(e) + "); retrying "
                        + batch.size() + " articles in " + Math.max(1, wait.toSeconds()) + " s");
                sleep(wait);
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            } catch (Neo4jException e) {
                throw new Refused(e);
            }
        }
    }

    /** Transient failures (a deadlock with another load) tried again at once, then with pauses, as the driver does. */
    private static final int EMBEDDED_ATTEMPTS = 8;

    /** One transaction of the store in this process for {@code batch}. */
    private BatchWrite.Result writeEmbedded(List<ArticleRows> batch) {
        for (int attempt = 1; ; attempt++) {
            try (Transaction tx = db.beginTx()) {
                BatchWrite.Result r = BatchWrite.write(new WriteTx.Embedded(tx), batch);
                tx.commit();
                return r;
            } catch (RuntimeException e) {
                if (!fromNeo4j(e)) throw e; // khabar's own bug: not the article's fault
                if (!worthRetrying(e) || attempt == EMBEDDED_ATTEMPTS) throw new Refused(e);
                sleep(Duration.ofMillis(20L << Math.min(attempt, 6)));
            }
        }
    }

    /**
     * An exception of Neo4j's (refusing or failing a transaction; some are plain Java exceptions,
     * such as a value too large for an index), not of khabar's code.
     */
    private static boolean fromNeo4j(Throwable e) {
        StackTraceElement[] where = e.getStackTrace();
        return e.getClass().getName().startsWith("org.neo4j.")
                || (where.length > 0 && where[0].getClassName().startsWith("org.neo4j."));
    }

    /** Whether {@code e} or a cause is a transient failure (a deadlock, a lock timeout): worth trying again. */
    private static boolean worthRetrying(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientFailureException) return true;
            if (t instanceof QueryExecutionException q && q.getStatusCode() != null
                    && q.getStatusCode().startsWith("Neo.TransientError.")) return true;
        }
        return false;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for Neo4j to come back", e);
        }
    }
}
