package org.khabar.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.khabar.graph.Ids;
import org.khabar.neo4j.GraphStore;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Streams the khabar graph stored in Neo4j ({@code notes/NEO4J_MODEL.md}) as RDF into a Jena
 * {@link StreamRDF}, with constant memory: every query is read through a cursor and articles are
 * paged by id, so nothing but one page of articles' IRIs and spans is ever held.
 *
 * <pre>{@code
 * ExportStats stats = RdfExport.from(store).quads(true).writeTo(StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));
 * }</pre>
 *
 * The graph is read through Neo4j's Java API when the database runs in this process (the
 * embedded store {@code khabar export} starts), else over Bolt; both read the same Cypher and
 * write the same bytes.
 *
 * Entity descriptions go to the default graph; what one article says (its statements, meetings,
 * events, evidence spans, mentions) goes to the article's named graph {@code <article>#graph}
 * when {@link #quads(boolean) quads} are written. No blank nodes: every node has an IRI derived
 * deterministically from the ids Neo4j stores.
 */
public final class RdfExport {
    private final GraphRows rows;
    private Vocab vocab = Vocab.standard();
    private String base = Vocab.RESOURCE_NS;
    private boolean quads;
    private boolean withText;

    private RdfExport(GraphRows rows) { this.rows = rows; }

    /**
     * Reads {@code store} the fastest way it is reachable: through the Java API when this process
     * runs the embedded database, else over Bolt (a standalone server, a running {@code khabar serve}).
     */
    public static RdfExport from(GraphStore store) {
        Objects.requireNonNull(store, "store");
        return store.embeddedDatabase().map(RdfExport::from).orElseGet(() -> from(store.driver()));
    }

    /** Reads over Bolt through {@code driver}. */
    public static RdfExport from(Driver driver) { return new RdfExport(new BoltRows(driver)); }

    /** Reads through the Java API of a database running in this process. */
    public static RdfExport from(GraphDatabaseService db) { return new RdfExport(new EmbeddedRows(db)); }

    /** Terms of khabar's ontology in this vocabulary (default {@link Vocab#standard()}). */
    public RdfExport vocab(Vocab v) { this.vocab = Objects.requireNonNull(v, "vocab"); return this; }

    /** Rewrites resource IRIs from {@value Vocab#RESOURCE_NS} to {@code base} (default: unchanged). */
    public RdfExport base(String b) {
        Iris.requireSafe(b, "the --base IRI");
        if (!b.endsWith("/") && !b.endsWith("#")) throw new IllegalArgumentException("the base IRI must end in '/' or '#': " + b);
        this.base = b;
        return this;
    }

    /** True to write quads: one named graph per article. */
    public RdfExport quads(boolean q) { this.quads = q; return this; }

    /** True to include each article's full text ({@code nif:isString}); off by default. */
    public RdfExport withText(boolean t) { this.withText = t; return this; }

    public Vocab vocab() { return vocab; }

    /** Writes the whole graph; calls {@code start} and {@code finish} on {@code out}. */
    public ExportStats writeTo(StreamRDF out) {
        Emitter em = new Emitter(out, quads);
        Run run = new Run(em);
        out.start();
        vocab.prefixes().forEach((p, ns) -> out.prefix(p, p.equals("res") ? base : ns));
        ReadAhead.of(rows, quads, withText).readInto(run);
        out.finish();
        return run.stats();
    }

    /** One article of the current page: its IRI, its text context, its named graph. */
    private record Art(Node iri, Node ctx, Node graph) {}

    /** Turns the rows read into triples, in the order they come (see {@link ReadAhead}). */
    private final class Run implements ReadAhead.Handler {
        final Emitter em;
        int articles, entities, statements, meetings, events;
        final List<String> examples = new ArrayList<>();
        String exPerson, exStatement, exMeeting;
        /** The current page of articles: by id; the evidence spans already described; the meeting pairs to write. */
        Map<String, Art> arts = Map.of();
        Set<Node> spans = Set.of();
        Set<List<Node>> pairs = Set.of();

        Run(Emitter em) { this.em = em; }

        @Override
        public void begin(ReadAhead.Query q) {
            switch (q) {
                case ENTITIES, POSTS, MEETING_PAIRS -> em.graph(null);
                case ARTICLES -> {
                    arts = new HashMap<>();
                    spans = new HashSet<>();
                    pairs = new LinkedHashSet<>();
                }
                default -> { }
            }
        }

        @Override
        public void row(ReadAhead.Query q, Row r) {
            switch (q) {
                // descriptions come between the rows of articles (see ReadAhead): to the default graph each time
                case ENTITIES -> {
                    em.graph(null);
                    entity(r);
                }
                case POSTS -> {
                    em.graph(null);
                    post(r);
                }
                case MEETING_PAIRS -> em.graph(null).add(res(str(r, "a"), "meeting party"), vocab.kg("metWith"), res(str(r, "b"), "meeting party"));
                case ARTICLES -> arts.put(str(r, "id"), article(r));
                case MENTIONS -> em.add(in(r).iri(), Vocab.schema("mentions"),
                        res(str(r, "uri"), "entity mentioned in " + str(r, "article")));
                case STATEMENTS -> statement(r, in(r), spans);
                case MEETINGS -> meeting(r, in(r), spans, pairs);
                case EVENTS -> event(r, in(r), spans);
                case ROLES -> roleMention(r, in(r));
                case COUNTS -> crossCheck(r);
            }
        }

        @Override
        public void end(ReadAhead.Query q) {
            switch (q) {
                case MEETINGS -> {
                    if (em.quads()) {
                        for (List<Node> pair : pairs) {
                            em.graph(pair.get(0));
                            em.add(pair.get(1), vocab.kg("metWith"), pair.get(2));
                        }
                    }
                }
                case ROLES -> em.graph(null);
                default -> { }
            }
        }

        ExportStats stats() {
            if (exPerson != null) examples.add(exPerson);
            if (exStatement != null) examples.add(exStatement);
            if (exMeeting != null) examples.add(exMeeting);
            return new ExportStats(em.count(), articles, entities, statements, meetings, events, examples);
        }

        Node res(String storedUri, String what) {
            String u = Iris.requireSafe(storedUri, what);
            if (!base.equals(Vocab.RESOURCE_NS) && u.startsWith(Vocab.RESOURCE_NS)) {
                u = base + u.substring(Vocab.RESOURCE_NS.length());
            }
            return Vocab.uri(u);
        }

        Node derived(Node of, String suffix) { return Vocab.uri(of.getURI() + suffix); }

        // ---- entities (default graph) ----

        void entity(Row rec) {
            String label = str(rec, "label");
            String id = str(rec, "id");
            Node e = res(str(rec, "uri"), label + " " + id);
            em.add(e, Vocab.TYPE, vocab.kg(label));
            em.add(e, Vocab.TYPE, Vocab.schema(label));
            String name = str(rec, "name");
            em.add(e, Vocab.skos("prefLabel"), Emitter.ar(name));
            em.add(e, Vocab.uri(Vocab.RDFS + "label"), Emitter.ar(name));
            String en = str(rec, "nameEn");
            em.add(e, Vocab.skos("prefLabel"), Emitter.en(en));
            em.add(e, Vocab.uri(Vocab.RDFS + "label"), Emitter.en(en));
            for (String alias : sortedStrings(rec, "aliases")) {
                if (!alias.equals(name)) em.add(e, Vocab.skos("altLabel"), Emitter.ar(alias));
            }
            em.add(e, Vocab.schema("identifier"), Emitter.string(id));
            String iso2 = str(rec, "iso2");
            if (iso2 != null && iso2.matches("[A-Z]{2}")) em.add(e, vocab.kg("iso2"), Emitter.string(iso2));
            String wd = str(rec, "wikidata");
            if (wd != null && wd.matches("Q[1-9][0-9]*")) em.add(e, Vocab.uri(Vocab.OWL + "sameAs"), Vocab.uri(Vocab.WD + wd));
            for (String role : sortedStrings(rec, "roles")) em.add(e, vocab.kg("roleTitle"), Emitter.ar(role));
            // ids merged into this entity by `khabar resolve` stay resolvable: <merged> owl:sameAs <canonical>
            for (String merged : sortedStrings(rec, "mergedIds")) {
                em.add(res(Ids.uri(merged), "merged id " + merged), Vocab.uri(Vocab.OWL + "sameAs"), e);
            }
            for (String c : sortedStrings(rec, "locatedIn")) em.add(e, Vocab.schema("containedInPlace"), res(c, "country of " + id));
            entities++;
            if (exPerson == null && label.equals("Person")) exPerson = e.getURI();
        }

        /** W3C ORG posts: one per (person, role title, organization), shared by all articles that name it. */
        void post(Row rec) {
            Node person = res(str(rec, "person"), "person holding a role");
            String title = str(rec, "title");
            String orgUri = str(rec, "org");
            Node post = post(person, str(rec, "person"), title, orgUri);
            em.add(post, Vocab.TYPE, Vocab.org("Post"));
            em.add(post, Vocab.skos("prefLabel"), Emitter.ar(title));
            em.add(post, Vocab.org("heldBy"), person);
            if (orgUri != null) em.add(post, Vocab.org("postIn"), res(orgUri, "organization of a role"));
            em.add(person, Vocab.org("holds"), post);
        }

        Node post(Node person, String personUri, String title, String orgUri) {
            return derived(person, "/post/" + Iris.hash(personUri, title == null ? "" : title, orgUri == null ? "" : orgUri));
        }

        /** A role title an article gives a person: evidence for the post (W3C ORG) shared by all articles. */
        void roleMention(Row r, Art a) {
            Node person = res(str(r, "person"), "person in " + str(r, "article"));
            Node post = post(person, str(r, "person"), str(r, "title"), str(r, "org"));
            em.add(post, Vocab.uri(Vocab.GAF + "denotedBy"), span(a, spans, lng(r, "start"), lng(r, "end"), null));
            em.add(post, Vocab.prov("wasDerivedFrom"), a.iri());
        }

        /** The article of a row, and its named graph made current. */
        Art in(Row r) {
            Art a = arts.get(str(r, "article"));
            em.graph(a.graph());
            return a;
        }

        Art article(Row rec) {
            String id = str(rec, "id");
            Node a = res(str(rec, "uri"), "article " + id);
            Node graph = derived(a, "#graph");
            em.graph(graph);
            em.add(a, Vocab.TYPE, vocab.kg("Article"));
            em.add(a, Vocab.TYPE, Vocab.schema("NewsArticle"));
            em.add(a, Vocab.schema("identifier"), Emitter.string(id));
            String url = str(rec, "url");
            if (url != null) em.add(a, Vocab.schema("url"), Emitter.typed(url, XSDDatatype.XSDanyURI));
            em.add(a, Vocab.schema("headline"), Emitter.ar(str(rec, "title")));
            em.add(a, Vocab.schema("datePublished"), Emitter.date(str(rec, "published")));
            em.add(a, vocab.kg("byline"), Emitter.string(str(rec, "author")));
            List<String> publishers = sortedStrings(rec, "publisher");
            if (publishers.isEmpty()) em.add(a, vocab.kg("outletName"), Emitter.string(str(rec, "outlet")));
            for (String p : publishers) em.add(a, Vocab.schema("publisher"), res(p, "publisher of " + id));
            em.add(a, Vocab.schema("inLanguage"), Emitter.string("ar"));
            String sha = str(rec, "sha256");
            em.add(a, vocab.kg("sha256"), Emitter.string(sha));
            Long chars = lng(rec, "chars");
            Node ctx = null;
            if (chars != null) {
                ctx = derived(a, "#char=0," + chars);
                em.add(a, vocab.kg("textContext"), ctx);
                em.add(ctx, Vocab.TYPE, Vocab.nif("Context"));
                em.add(ctx, Vocab.TYPE, Vocab.nif("OffsetBasedString"));
                em.add(ctx, Vocab.nif("beginIndex"), Emitter.nonNegative(0L));
                em.add(ctx, Vocab.nif("endIndex"), Emitter.nonNegative(chars));
                em.add(ctx, Vocab.nif("sourceUrl"), a);
                em.add(ctx, vocab.kg("sha256"), Emitter.string(sha));
                if (withText) em.add(ctx, Vocab.nif("isString"), Emitter.string(str(rec, "text")));
            }
            articles++;
            return new Art(a, ctx, graph);
        }

        /** The NIF string {@code <article>#char=start,end}, described once per article. */
        Node span(Art art, Set<Node> seen, Long start, Long end, String anchor) {
            if (start == null || end == null || start < 0 || end < start) return null;
            Node s = derived(art.iri(), "#char=" + start + "," + end);
            if (s.equals(art.ctx())) return s;
            if (seen.add(s)) {
                em.add(s, Vocab.TYPE, Vocab.nif("OffsetBasedString"));
                em.add(s, Vocab.nif("beginIndex"), Emitter.nonNegative(start));
                em.add(s, Vocab.nif("endIndex"), Emitter.nonNegative(end));
                em.add(s, Vocab.nif("anchorOf"), Emitter.string(anchor));
                em.add(s, Vocab.nif("referenceContext"), art.ctx());
            }
            return s;
        }

        /** What every statement, meeting and event carries: CAMEO type, modality, date, confidence, provenance, evidence. */
        void common(Node n, Row rec, Art a, Set<Node> spans, String cameo) {
            if (cameo != null && cameo.matches("[0-9]{2,4}")) em.add(n, Vocab.sem("eventType"), Vocab.uri(Vocab.CAMEO_NS + cameo));
            em.add(n, vocab.kg("modality"), modality(str(rec, "modality")));
            Node date = Emitter.date(str(rec, "date"));
            em.add(n, Vocab.sem("hasTimeStamp"), date);
            em.add(n, Vocab.schema("startDate"), date);
            em.add(n, vocab.kg("dateText"), Emitter.ar(str(rec, "dateText")));
            em.add(n, vocab.kg("confidence"), Emitter.decimal(dbl(rec, "confidence")));
            em.add(n, Vocab.prov("wasDerivedFrom"), a.iri());
            em.add(n, Vocab.uri(Vocab.GAF + "denotedBy"), span(a, spans, lng(rec, "start"), lng(rec, "end"), str(rec, "text")));
        }

        Node modality(String m) {
            if (m == null) return null;
            return switch (m.toLowerCase(Locale.ROOT)) {
                case "happened" -> vocab.kg("Happened");
                case "planned" -> vocab.kg("Planned");
                case "possible" -> vocab.kg("Possible");
                default -> throw new IllegalStateException("unknown modality '" + m + "' in the graph (expected happened, planned or possible)");
            };
        }

        void role(Node event, String name, Node actor, String roleType) {
            if (actor == null) return;
            Node r = derived(event, "#" + name);
            em.add(event, Vocab.sem("hasActor"), r);
            em.add(r, Vocab.TYPE, Vocab.sem("Role"));
            em.add(r, Vocab.VALUE, actor);
            em.add(r, Vocab.sem("roleType"), vocab.kg(roleType));
        }

        void statement(Row rec, Art a, Set<Node> spans) {
            String id = str(rec, "id");
            Node s = res(str(rec, "uri"), "statement " + id);
            SpeechAct act = SpeechAct.of(str(rec, "type"), id);
            em.add(s, Vocab.TYPE, vocab.kg("Statement"));
            em.add(s, Vocab.TYPE, vocab.kg(act.className()));
            em.add(s, Vocab.TYPE, Vocab.schema("Quotation"));
            em.add(s, Vocab.TYPE, Vocab.sem("Event"));
            em.add(s, Vocab.schema("identifier"), Emitter.string(id));
            String cameo = str(rec, "cameo");
            common(s, rec, a, spans, cameo == null ? act.cameo() : cameo);
            em.add(s, Vocab.schema("text"), Emitter.ar(str(rec, "quote")));
            em.add(s, vocab.kg("cue"), Emitter.ar(str(rec, "cue")));
            String speakerUri = str(rec, "speaker");
            if (speakerUri != null) {
                Node sp = res(speakerUri, "speaker of " + id);
                em.add(s, vocab.kg("speaker"), sp);
                em.add(s, Vocab.schema("creator"), sp);
                em.add(s, Vocab.prov("wasAttributedTo"), sp);
                Node attribution = derived(s, "#speaker");
                role(s, "speaker", sp, "SpeakerRole");
                em.add(s, Vocab.prov("qualifiedAttribution"), attribution);
                em.add(attribution, Vocab.TYPE, Vocab.prov("Attribution"));
                em.add(attribution, Vocab.prov("agent"), sp);
                em.add(attribution, Vocab.prov("hadRole"), vocab.kg("SpeakerRole"));
                em.add(sp, vocab.kg(act.shortcut()), s);
            }
            List<String> about = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            List<String> addressees = new ArrayList<>();
            for (String[] link : rec.pairs("links")) {
                String uri = link[1];
                if (uri == null) continue;
                switch (link[0]) {
                    case "ABOUT" -> about.add(uri);
                    case "TARGETS" -> targets.add(uri);
                    default -> addressees.add(uri);
                }
            }
            about.sort(null);
            targets.sort(null);
            addressees.sort(null);
            for (String ab : about) em.add(s, Vocab.schema("about"), res(ab, "entity statement " + id + " is about"));
            int n = 0;
            for (String t : targets) {
                Node target = res(t, "target of " + id);
                em.add(s, vocab.kg("target"), target);
                role(s, "target-" + (++n), target, "TargetRole");
            }
            n = 0;
            for (String ad : addressees) {
                Node addressee = res(ad, "addressee of " + id);
                em.add(s, vocab.kg("addressee"), addressee);
                role(s, "addressee-" + (++n), addressee, "AddresseeRole");
            }
            statements++;
            if (exStatement == null) exStatement = s.getURI();
        }

        void meeting(Row rec, Art a, Set<Node> spans, Set<List<Node>> pairs) {
            String id = str(rec, "id");
            Node m = res(Ids.uri(id), "meeting " + id);
            Node x = res(str(rec, "a"), "party of meeting " + id);
            Node y = res(str(rec, "b"), "party of meeting " + id);
            em.add(m, Vocab.TYPE, vocab.kg("Meeting"));
            em.add(m, Vocab.TYPE, Vocab.sem("Event"));
            em.add(m, Vocab.TYPE, Vocab.schema("Event"));
            em.add(m, Vocab.schema("identifier"), Emitter.string(id));
            common(m, rec, a, spans, str(rec, "cameo"));
            em.add(m, vocab.kg("kind"), Emitter.string(str(rec, "kind")));
            em.add(m, vocab.kg("cue"), Emitter.ar(str(rec, "cue")));
            em.add(m, vocab.kg("participant"), x);
            em.add(m, vocab.kg("participant"), y);
            String place = str(rec, "place");
            if (place != null) {
                Node pl = res(place, "place of meeting " + id);
                em.add(m, Vocab.sem("hasPlace"), pl);
                em.add(m, Vocab.schema("location"), pl);
            }
            String event = str(rec, "event");
            if (event != null) em.add(m, Vocab.schema("superEvent"), res(event, "event of meeting " + id));
            role(m, "party-1", x, "PartyRole");
            role(m, "party-2", y, "PartyRole");
            pairs.add(List.of(a.graph(), x, y));
            meetings++;
            if (exMeeting == null) exMeeting = m.getURI();
        }

        void event(Row rec, Art a, Set<Node> spans) {
            String id = str(rec, "id");
            Node e = res(str(rec, "uri"), "event " + id);
            em.add(e, Vocab.TYPE, vocab.kg("Event"));
            em.add(e, Vocab.TYPE, Vocab.sem("Event"));
            em.add(e, Vocab.TYPE, Vocab.schema("Event"));
            em.add(e, Vocab.schema("identifier"), Emitter.string(id));
            em.add(e, Vocab.skos("prefLabel"), Emitter.ar(str(rec, "name")));
            em.add(e, Vocab.uri(Vocab.RDFS + "label"), Emitter.ar(str(rec, "name")));
            em.add(e, vocab.kg("kind"), Emitter.string(str(rec, "kind")));
            common(e, rec, a, spans, str(rec, "cameo"));
            int n = 0;
            for (String p : sortedStrings(rec, "participants")) {
                Node actor = res(p, "participant of " + id);
                em.add(e, vocab.kg("participant"), actor);
                role(e, "participant-" + (++n), actor, "ParticipantRole");
            }
            for (String pl : sortedStrings(rec, "places")) {
                Node place = res(pl, "place of " + id);
                em.add(e, Vocab.sem("hasPlace"), place);
                em.add(e, Vocab.schema("location"), place);
            }
            events++;
        }

        /** Every Statement, Event and MET_WITH must have been reached through its article. */
        void crossCheck(Row c) {
            check("Statement nodes", c.lng("statements"), statements);
            check("MET_WITH relationships", c.lng("meetings"), meetings);
            check("Event nodes", c.lng("events"), events);
        }

        void check(String what, long inGraph, long exported) {
            if (inGraph != exported) {
                throw new IllegalStateException("the graph has " + inGraph + " " + what + " but only " + exported
                        + " are reachable from their article (REPORTS / MENTIONS with a matching articleId);"
                        + " reload the articles with khabar load (or was the graph being loaded during the export?)");
            }
        }
    }

    static String str(Row r, String key) { return r.str(key); }

    static Long lng(Row r, String key) { return r.lng(key); }

    static Double dbl(Row r, String key) { return r.dbl(key); }

    static List<String> sortedStrings(Row r, String key) {
        List<String> l = r.strings(key);
        if (l.size() > 1) l.sort(null);
        return l;
    }
}
