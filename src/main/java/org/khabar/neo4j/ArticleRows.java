package org.khabar.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.EntityType;
import org.khabar.graph.Event;
import org.khabar.graph.Ids;
import org.khabar.graph.Meeting;
import org.khabar.graph.Role;
import org.khabar.graph.Span;
import org.khabar.graph.Statement;

/**
 * One article's graph as query parameters (plain maps and lists: data only), computed before any
 * transaction. Each element is listed once: the loader {@code CREATE}s what belongs to one article,
 * so a repeated statement, meeting, event, link or role is dropped here (with a warning where the
 * extractor listed an element twice).
 *
 * @param entities  one row per entity: id, type, uri, name, nameKey, nameEn, aliases, roles, count, iso2, wikidata
 * @param statements one row per statement: type, speaker, props, about, targets, addressee
 * @param events    one row per event: props, participants, places
 * @param meetings  one row per meeting: a, b, props
 * @param roles     one row per role: from, to, props
 * @param locatedIn one row per place → country pair: from, to
 * @param warnings  dangling references and repeated elements, each naming the article
 */
record ArticleRows(Article article, Map<String, Object> articleProps, List<Map<String, Object>> entities,
                   List<Map<String, Object>> statements, List<Map<String, Object>> events,
                   List<Map<String, Object>> meetings, List<Map<String, Object>> roles,
                   List<Map<String, Object>> locatedIn, List<String> warnings) {

    /** The properties of a {@code :Statement} node, in the {@code props} of a statement row. */
    static final List<String> STATEMENT_KEYS = List.of("id", "uri", "type", "cameo", "cue", "quote", "articleId",
            "start", "end", "text", "date", "dateText", "modality", "confidence");
    /** The properties of an {@code :Event} node, in the {@code props} of an event row. */
    static final List<String> EVENT_KEYS = List.of("id", "uri", "kind", "name", "cameo", "articleId", "start", "end",
            "text", "date", "dateText", "modality", "confidence");
    /** The properties of a {@code MET_WITH} relationship, in the {@code props} of a meeting row. */
    static final List<String> MEETING_KEYS = List.of("id", "articleId", "start", "end", "text", "cue", "kind", "cameo",
            "modality", "date", "dateText", "confidence", "placeId", "eventId");
    /** The properties of a {@code HOLDS_ROLE} relationship, in the {@code props} of a role row. */
    static final List<String> ROLE_KEYS = List.of("title", "articleId", "start", "end");

    /**
     * A Cypher map literal of {@code keys} read from {@code from}, e.g. {@code {id: row.props.id}}:
     * the properties are given to {@code CREATE} (a null value is not stored).
     */
    static String literal(String from, List<String> keys) {
        StringBuilder b = new StringBuilder("{");
        for (String k : keys) {
            if (b.length() > 1) b.append(", ");
            b.append(k).append(": ").append(from).append('.').append(k);
        }
        return b.append('}').toString();
    }

    /** Rows written for this article: a rough size of its share of a batch. */
    int size() {
        return 1 + 2 * entities.size() + 6 * statements.size() + 4 * events.size() + meetings.size()
                + roles.size() + locatedIn.size();
    }

    static ArticleRows of(DocumentGraph g) {
        Article a = g.article();
        List<String> warnings = new ArrayList<>();
        Set<String> known = g.entities().stream().map(Entity::id).collect(Collectors.toSet());
        Set<String> eventIds = g.events().stream().map(Event::id).collect(Collectors.toSet());
        Ref ref = new Ref(a.id(), known, warnings);

        List<Map<String, Object>> entities = new ArrayList<>();
        List<Map<String, Object>> roles = new ArrayList<>();
        Set<List<Object>> roleKeys = new HashSet<>();
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : g.entities()) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                ref.warn("entity " + e.id() + " is listed twice; the second is ignored");
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("id", e.id());
            row.put("type", e.type());
            row.put("uri", Ids.uri(e.id()));
            row.put("name", e.name());
            row.put("nameKey", ArabicKey.of(e.name()));
            row.put("nameEn", e.nameEn());
            row.put("aliases", e.aliases().stream().filter(x -> x != null && !x.equals(e.name())).distinct().toList());
            row.put("roles", e.roles().stream().map(Role::title).distinct().toList());
            row.put("count", e.mentions().size());
            row.put("iso2", e.id().startsWith("country:") ? e.id().substring(8).toUpperCase(Locale.ROOT) : null);
            row.put("wikidata", e.id().startsWith("q:") ? e.id().substring(2) : null);
            entities.add(row);
            for (Role r : e.roles()) {
                if (r.inId() == null || !ref.ok(r.inId(), "role «" + r.title() + "» of " + e.id())) continue;
                int start = r.evidence() == null ? -1 : r.evidence().start();
                if (!roleKeys.add(List.of(e.id(), r.inId(), r.title(), start))) continue;
                Map<String, Object> p = new HashMap<>();
                p.put("title", r.title());
                p.put("articleId", a.id());
                p.put("start", start);
                p.put("end", r.evidence() == null ? -1 : r.evidence().end());
                roles.add(Map.of("from", e.id(), "to", r.inId(), "props", p));
            }
        }

        List<Map<String, Object>> statements = new ArrayList<>();
        Set<String> statementIds = new HashSet<>();
        for (Statement s : g.statements()) {
            if (!ref.ok(s.speakerId(), "speaker of statement " + s.id())) continue;
            if (!statementIds.add(s.id())) {
                ref.warn("statement " + s.id() + " is listed twice; the second is ignored");
                continue;
            }
            Map<String, Object> p = new HashMap<>();
            p.put("id", s.id());
            p.put("uri", Ids.uri(s.id()));
            p.put("type", s.type().name());
            p.put("cameo", s.type().cameo());
            p.put("cue", s.cue());
            p.put("quote", s.quote());
            p.put("articleId", a.id());
            evidence(p, s.evidence());
            p.put("date", s.date());
            p.put("dateText", s.dateText());
            p.put("modality", s.modality() == null ? null : s.modality().value());
            p.put("confidence", s.confidence());
            Map<String, Object> row = new HashMap<>();
            row.put("type", s.type().name());
            row.put("speaker", s.speakerId());
            row.put("props", p);
            row.put("about", refs(s.about(), ref, "about of " + s.id()));
            row.put("targets", refs(s.targets(), ref, "target of " + s.id()));
            row.put("addressee", s.addresseeId() != null && ref.ok(s.addresseeId(), "addressee of " + s.id())
                    ? s.addresseeId() : null);
            statements.add(row);
        }

        List<Map<String, Object>> meetings = new ArrayList<>();
        Set<String> meetingIds = new HashSet<>();
        for (Meeting m : g.meetings()) {
            if (!ref.ok(m.aId(), "party of meeting " + m.id()) || !ref.ok(m.bId(), "party of meeting " + m.id())) {
                continue;
            }
            if (!meetingIds.add(m.id())) {
                ref.warn("meeting " + m.id() + " is listed twice; the second is ignored");
                continue;
            }
            Map<String, Object> p = new HashMap<>();
            p.put("id", m.id());
            p.put("articleId", a.id());
            evidence(p, m.evidence());
            p.put("cue", m.cue());
            p.put("kind", m.kind());
            p.put("cameo", meetingCameo(m.kind()));
            p.put("modality", m.modality() == null ? null : m.modality().value());
            p.put("date", m.date());
            p.put("dateText", m.dateText());
            p.put("confidence", m.confidence());
            p.put("placeId", m.placeId() != null && ref.ok(m.placeId(), "place of meeting " + m.id()) ? m.placeId() : null);
            p.put("eventId", m.eventId() != null && eventIds.contains(m.eventId()) ? m.eventId() : null);
            meetings.add(Map.of("a", m.aId(), "b", m.bId(), "props", p));
        }

        List<Map<String, Object>> events = new ArrayList<>();
        Set<String> seenEvents = new HashSet<>();
        for (Event e : g.events()) {
            if (!seenEvents.add(e.id())) {
                ref.warn("event " + e.id() + " is listed twice; the second is ignored");
                continue;
            }
            Map<String, Object> p = new HashMap<>();
            p.put("id", e.id());
            p.put("uri", Ids.uri(e.id()));
            p.put("kind", e.kind());
            p.put("name", e.name() == null ? e.kind() : e.name());
            p.put("cameo", e.cameo());
            p.put("articleId", a.id());
            evidence(p, e.evidence());
            p.put("date", e.date());
            p.put("dateText", e.dateText());
            p.put("modality", e.modality() == null ? null : e.modality().value());
            p.put("confidence", e.confidence());
            List<String> places = e.placeId() == null ? List.of() : refs(List.of(e.placeId()), ref, "place of " + e.id());
            events.add(Map.of("props", p, "participants", refs(e.participantIds(), ref, "participant of " + e.id()),
                    "places", places));
        }

        List<Map<String, Object>> located = new ArrayList<>();
        g.locatedIn().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            // the country may come from the gazetteer without being named in this article: it is
            // then linked when the graph already has it (from another article), else left out quietly
            if (ref.ok(e.getKey(), "LOCATED_IN place")) located.add(Map.of("from", e.getKey(), "to", e.getValue()));
        });
        return new ArticleRows(a, articleProperties(a), entities, statements, events, meetings, roles, located,
                List.copyOf(warnings));
    }

    /** The properties of an {@code :Article} node (nulls are not stored by {@code SET a += $props}). */
    static Map<String, Object> articleProperties(Article a) {
        Map<String, Object> art = new HashMap<>();
        art.put("uri", Ids.articleUri(a.id()));
        art.put("source", a.source());
        art.put("sha256", a.sha256());
        art.put("text", a.text());
        art.put("chars", a.text().length());
        art.put("url", a.url());
        art.put("title", a.title());
        art.put("published", a.published());
        art.put("outlet", a.outlet());
        art.put("author", a.author());
        return art;
    }

    /** CAMEO code of a meeting kind: 042 make a visit, 046 negotiate, else 040 consult. */
    static String meetingCameo(String kind) {
        if (kind == null) return "040";
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "visit" -> "042";
            case "talks" -> "046";
            default -> "040";
        };
    }

    /** Keys of statement, event, meeting and role rows that hold one entity id. */
    private static final Set<String> ENTITY_KEYS = Set.of("speaker", "addressee", "a", "b", "from", "to");
    /** Keys of those rows that hold a list of entity ids. */
    private static final Set<String> ENTITY_LIST_KEYS = Set.of("about", "targets", "participants", "places");

    /**
     * A copy of a statement, event, meeting or role row with its entity ids replaced by the element
     * ids of their nodes ({@code eids}, made by the loader's transaction); {@code props} are kept.
     */
    static Map<String, Object> withElements(Map<String, Object> row, Map<String, String> eids) {
        Map<String, Object> out = new HashMap<>(row);
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (e.getValue() == null) continue;
            if (ENTITY_KEYS.contains(e.getKey())) {
                out.put(e.getKey(), element(eids, (String) e.getValue()));
            } else if (ENTITY_LIST_KEYS.contains(e.getKey())) {
                List<String> ids = new ArrayList<>();
                for (Object id : (List<?>) e.getValue()) ids.add(element(eids, (String) id));
                out.put(e.getKey(), ids);
            }
        }
        return out;
    }

    private static String element(Map<String, String> eids, String id) {
        String eid = eids.get(id);
        if (eid == null) throw new IllegalStateException("entity " + id + " was not merged by the batch (a khabar bug)");
        return eid;
    }

    static EntityType type(Map<String, Object> entityRow) {
        return (EntityType) entityRow.get("type");
    }

    private static List<String> refs(List<String> ids, Ref ref, String what) {
        return ids.stream().distinct().filter(x -> ref.ok(x, what)).toList();
    }

    private static void evidence(Map<String, Object> p, Span s) {
        p.put("start", s.start());
        p.put("end", s.end());
        p.put("text", s.text());
    }

    /** Checks entity references of one article and collects warnings about dangling ones. */
    private record Ref(String articleId, Set<String> known, List<String> warnings) {
        boolean ok(String entityId, String what) {
            if (entityId != null && known.contains(entityId)) return true;
            warn(what + " refers to unknown entity " + entityId + "; skipped");
            return false;
        }

        void warn(String message) {
            warnings.add("article " + articleId + ": " + message);
        }
    }
}
