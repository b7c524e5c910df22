package org.khabar.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.graph.Entity;
import org.khabar.graph.EntityType;
import org.khabar.graph.Role;
import org.khabar.graph.Span;
import org.khabar.lexicon.GazEntry;
import org.khabar.lexicon.Ids;
import org.khabar.text.ArabicNormalizer;

/**
 * The entities of one article: every mention resolved to an id, names, aliases, roles, genders.
 * Ids: gazetteer ids ({@code country:RU}, {@code q:...}) or a hash of the normalized name.
 */
final class EntityTable {
    final Doc d;
    private final Map<Mention, String> ids = new LinkedHashMap<>();
    private final Map<String, Info> infos = new LinkedHashMap<>();
    private final String[] idAt;

    /** What is known of one entity. */
    static final class Info {
        final String id;
        final EntityType type;
        final List<Mention> mentions = new ArrayList<>();
        final List<Span> extraMentions = new ArrayList<>();
        final Set<String> extraAliases = new LinkedHashSet<>();
        final List<RolePhrase> roles = new ArrayList<>();
        String gender = "";
        String countryId;
        Info(String id, EntityType type) { this.id = id; this.type = type; }
    }

    EntityTable(Doc d, Map<Mention, String> personIds) {
        this.d = d;
        this.idAt = new String[d.size()];
        for (Mention m : d.mentions()) {
            String id = m.type() == EntityType.PERSON ? personIds.get(m) : m.entityId();
            if (id == null && m.type() == EntityType.ORGANIZATION) id = d.orgIds.get(m.key());
            if (id == null) id = Ids.hashed(m.type() == EntityType.PLACE ? "place" : "org", m.key());
            bind(m, id);
        }
    }

    private void bind(Mention m, String id) {
        ids.put(m, id);
        Info info = infos.computeIfAbsent(id, x -> new Info(x, m.type()));
        info.mentions.add(m);
        if (info.countryId == null) info.countryId = m.type() == EntityType.COUNTRY ? id : m.countryId();
        for (int k = m.first(); k < m.last(); k++) idAt[k] = id;
    }

    /** Adds a mention of an entity that already exists (org head coreference). */
    void addMention(Mention m, String id) {
        if (!infos.containsKey(id) || !d.add(m, false)) return;
        bind(m, id);
    }

    String id(Mention m) { return m == null ? null : ids.get(m); }

    String idAt(int token) { return token >= 0 && token < idAt.length ? idAt[token] : null; }

    Info info(String id) { return id == null ? null : infos.get(id); }

    Iterable<Info> all() { return infos.values(); }

    void addRole(Mention person, RolePhrase rp) {
        Info i = info(id(person));
        if (i == null) return;
        i.roles.add(rp);
        if (rp.word().feminine()) i.gender = "f";
    }

    void setGender(String id, String g) {
        Info i = info(id);
        if (i != null && i.gender.isEmpty() && g != null && !g.isEmpty()) i.gender = g;
    }

    /** Nisba adjectives become mentions and aliases of their country when the country is named in the article. */
    void attachNisbas() {
        for (int k = 0; k < d.size(); k++) {
            String c = d.nisba[k];
            if (c == null || d.mentionAt(k) != null) continue;
            Info i = infos.get(c);
            if (i == null) continue;
            var t = d.tok(k);
            i.extraMentions.add(new Span(t.start(), t.end(), t.text()));
            i.extraAliases.add(t.text());
        }
    }

    /** The affiliation id of a role phrase: its organization or place, else its country. */
    String affiliationId(RolePhrase rp) {
        if (rp.affiliation() != null) {
            String id = id(rp.affiliation());
            if (id != null) return id;
        }
        return rp.countryId() != null && infos.containsKey(rp.countryId()) ? rp.countryId() : rp.countryId();
    }

    /** The country a role belongs to: its nisba, or its organization's country. */
    String roleCountry(RolePhrase rp) {
        if (rp.countryId() != null) return rp.countryId();
        if (rp.affiliation() != null) {
            Info a = info(id(rp.affiliation()));
            if (a != null) return a.countryId;
        }
        return null;
    }

    List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Info i : infos.values()) {
            GazEntry g = d.lex.gazetteer().byId(i.id);
            List<String> surfaces = new ArrayList<>();
            for (Mention m : i.mentions) surfaces.add(clean(m.surface()));
            String name = g != null ? g.name() : longest(surfaces);
            Set<String> aliases = new LinkedHashSet<>();
            for (String s : surfaces) if (!s.equals(name) && !s.isEmpty()) aliases.add(s);
            for (String s : i.extraAliases) if (!s.equals(name)) aliases.add(s);
            List<Span> spans = new ArrayList<>();
            for (Mention m : i.mentions) spans.add(new Span(m.start(), m.end(), m.surface()));
            spans.addAll(i.extraMentions);
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            List<Role> roles = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (RolePhrase rp : i.roles) {
                if (!seen.add(ArabicNormalizer.key(rp.title()))) continue;
                roles.add(new Role(rp.title(), affiliationId(rp), Span.of(d.article.text(), rp.start(), rp.end())));
            }
            double conf = g != null ? 0.95 : confidence(i);
            out.add(new Entity(i.id, i.type, name, g != null ? g.nameEn() : null, List.copyOf(aliases), spans, roles, conf));
        }
        return out;
    }

    private static double confidence(Info i) {
        double best = 0.5;
        for (Mention m : i.mentions) {
            double c = switch (m.via()) {
                case "role", "given" -> 0.85;
                case "quoted", "pattern" -> 0.75;
                case "cue" -> 0.7;
                default -> 0.6;
            };
            best = Math.max(best, c);
        }
        return best;
    }

    private static String longest(List<String> surfaces) {
        String best = "";
        int bw = words(best);
        for (String s : surfaces) {
            int w = words(s);
            if (w > bw || (w == bw && s.length() > best.length())) {
                best = s;
                bw = w;
            }
        }
        return best;
    }

    /** {@code s.split("\\s+").length} for a {@link #clean} string (no leading or trailing white space), without a regex. */
    private static int words(String s) {
        int n = 1;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean sp = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (sp && !space) n++;
            space = sp;
        }
        return n;
    }

    static String clean(String s) {
        if (s.indexOf('«') >= 0 || s.indexOf('»') >= 0 || s.indexOf('"') >= 0) s = s.replace("«", "").replace("»", "").replace("\"", "");
        return s.strip();
    }

    Map<Mention, String> ids() { return new HashMap<>(ids); }
}
