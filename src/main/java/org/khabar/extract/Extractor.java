package org.khabar.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.EntityType;
import org.khabar.graph.Event;
import org.khabar.graph.Meeting;
import org.khabar.graph.Statement;
import org.khabar.lexicon.Lexicon;

/**
 * The extraction stage's front door: a pure function of an article (plus the lexicons).
 *
 * <pre>{@code
 * DocumentGraph g = Extractor.standard().extract(article);
 * }</pre>
 *
 * Stages, each a small class: text layer (tokens, sentences) → gazetteer names and nisba
 * adjectives → organization and place patterns → person names (roles, given names, speech
 * verbs) → name propagation and person clustering → entity table (ids, roles, coreference of
 * org heads) → speech acts → meetings → events.
 */
public final class Extractor {
    private static volatile Extractor standard;

    private final Lexicon lexicon;

    private Extractor(Lexicon lexicon) { this.lexicon = lexicon; }

    /** The extractor with the bundled lexicons (loaded once). Thread-safe. */
    public static Extractor standard() {
        Extractor e = standard;
        if (e == null) {
            synchronized (Extractor.class) {
                if (standard == null) standard = new Extractor(Lexicon.standard());
                e = standard;
            }
        }
        return e;
    }

    /** An extractor over another lexicon (tests, fixtures). */
    public static Extractor with(Lexicon lexicon) {
        return new Extractor(java.util.Objects.requireNonNull(lexicon, "lexicon"));
    }

    public DocumentGraph extract(Article article) {
        java.util.Objects.requireNonNull(article, "article");
        Doc d = new Doc(article, lexicon);
        GazetteerMatcher.run(d);
        OrgPatternFinder.run(d);
        PlacePatternFinder.run(d);
        NamePropagation.run(d);
        List<PersonNameFinder.Held> held = PersonNameFinder.run(d);
        Map<Mention, String> personIds = PersonClusters.resolve(d);
        EntityTable t = new EntityTable(d, personIds);
        for (PersonNameFinder.Held h : held) t.addRole(h.person(), h.role());
        genders(d, t);
        OrgHeadCoref.run(t);
        t.attachNisbas();
        List<Statement> statements = SpeechActFinder.run(t);
        List<MeetingFinder.Found> found = MeetingFinder.run(t);
        List<String> eventIds = new ArrayList<>();
        List<Event> events = EventFinder.run(t, found, eventIds);
        List<Meeting> meetings = MeetingFinder.meetings(t, found, eventIds);
        List<Entity> entities = t.entities();
        Map<String, String> locatedIn = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PLACE) continue;
            var g = lexicon.gazetteer().byId(e.id());
            if (g != null && g.countryId() != null) locatedIn.put(e.id(), g.countryId());
        }
        return new DocumentGraph(article, entities, statements, meetings, events, locatedIn);
    }

    private static void genders(Doc d, EntityTable t) {
        for (Mention m : d.mentions()) {
            if (m.type() != EntityType.PERSON) continue;
            String id = t.id(m);
            if (m.entityId() != null) {
                var g = d.lex.gazetteer().byId(m.entityId());
                if (g != null) t.setGender(id, g.kind());
            }
            String given = Names.givenName(d, m.first());
            if (given != null) t.setGender(id, given);
        }
    }
}
