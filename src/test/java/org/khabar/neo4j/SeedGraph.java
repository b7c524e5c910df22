package org.khabar.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khabar.article.Article;
import org.khabar.graph.DocumentGraph;
import org.khabar.graph.Entity;
import org.khabar.graph.EntityType;
import org.khabar.graph.Event;
import org.khabar.graph.Meeting;
import org.khabar.graph.Modality;
import org.khabar.graph.Role;
import org.khabar.graph.Span;
import org.khabar.graph.SpeechType;
import org.khabar.graph.Statement;

/**
 * A hand-built document graph for {@code samples/seed.txt}, standing in for the extractor in the
 * Neo4j tests. Every span is a real substring of the file, found with indexOf.
 */
final class SeedGraph {
    static final Path FILE = Path.of("samples", "seed.txt");

    private SeedGraph() {}

    static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article() {
        return Article.of(FILE.toString(), text());
    }

    static DocumentGraph graph() {
        return graph(article());
    }

    /** The seed graph for {@code article}, whose text must be seed.txt's or start with it. */
    static DocumentGraph graph(Article a) {
        String t = a.text();
        String id = a.id();
        List<Entity> entities = new ArrayList<>();
        entities.add(person(t, "person:lavrov", "سيرغي لافروف", List.of("لافروف", "وزير الخارجية الروسي"),
                List.of(new Role("وزير الخارجية", "country:RU", find(t, "وزير الخارجية سيرغي لافروف")))));
        entities.add(person(t, "person:kerry", "جون كيري", List.of("كيري", "وزير الخارجية الأميركي"), List.of()));
        entities.add(person(t, "person:putin", "فلاديمير بوتين", List.of("بوتين", "الرئيس الروسي"), List.of()));
        entities.add(person(t, "person:konashenkov", "إيغور كوناشينكوف", List.of("كوناشينكوف"), List.of()));
        entities.add(person(t, "person:matviyenko", "فالينتينا ماتفيينكو", List.of("ماتفيينكو"), List.of()));
        entities.add(person(t, "person:davutoglu", "أحمد داود أوغلو", List.of(), List.of()));
        entities.add(person(t, "person:barazi", "طلال البرازي", List.of("البرازي"),
                List.of(new Role("محافظ حمص", "place:homs", find(t, "محافظ حمص طلال البرازي")))));
        entities.add(entity(t, "country:RU", EntityType.COUNTRY, "روسيا", List.of("موسكو")));
        entities.add(entity(t, "country:US", EntityType.COUNTRY, "الولايات المتحدة", List.of("واشنطن")));
        entities.add(entity(t, "country:SY", EntityType.COUNTRY, "سورية", List.of("سوريا", "دمشق")));
        entities.add(entity(t, "country:TR", EntityType.COUNTRY, "تركيا", List.of("أنقرة")));
        entities.add(entity(t, "place:homs", EntityType.PLACE, "حمص", List.of()));
        entities.add(entity(t, "place:geneva", EntityType.PLACE, "جنيف", List.of()));
        entities.add(entity(t, "place:deir-ez-zor", EntityType.PLACE, "دير الزور", List.of()));
        entities.add(entity(t, "org:ru-mod", EntityType.ORGANIZATION, "وزارة الدفاع الروسية", List.of()));

        List<Statement> statements = List.of(
                statement(id, 1, SpeechType.STATED, "person:lavrov", t, "وأكد لافروف أنه لا داعي", "وأكد",
                        "لا داعي للجوء إلى الأسلحة النووية ضد الإرهابيين", List.of(), List.of(), null),
                statement(id, 2, SpeechType.STATED, "person:lavrov", t, "وأكد لافروف لكيري", "وأكد",
                        null, List.of("country:SY"), List.of(), "person:kerry"),
                statement(id, 3, SpeechType.DENIED, "org:ru-mod", t, "ميدانياً، نفت وزارة الدفاع", "نفت",
                        null, List.of("country:SY", "place:deir-ez-zor"), List.of(), null),
                statement(id, 4, SpeechType.DENIED, "person:konashenkov", t, "كما نفى كوناشينكوف", "نفى",
                        null, List.of("country:RU", "country:SY"), List.of(), null),
                statement(id, 5, SpeechType.ACCUSED, "person:davutoglu", t, "كلام رئيسة الدوما", "اتهم",
                        "تطهير عرقي", List.of(), List.of("country:RU"), null),
                statement(id, 6, SpeechType.CALLED_FOR, "person:konashenkov", t, "كما دعا المتحدث الروسي", "دعا",
                        "كشف الأوراق", List.of(), List.of("country:US"), null),
                statement(id, 7, SpeechType.STATED, "person:matviyenko", t, "وبينت ماتفيينكو", "وبينت",
                        null, List.of("country:TR"), List.of(), null),
                statement(id, 8, SpeechType.STATED, "person:barazi", t, "وأكد البرازي", "وأكد",
                        null, List.of("place:homs"), List.of(), null),
                statement(id, 9, SpeechType.STATED, "person:lavrov", t, "وأكد لافروف أن موقف الغرب", "وأكد",
                        null, List.of("person:putin", "country:SY"), List.of(), null));

        List<Meeting> meetings = List.of(
                new Meeting(id + "-m1", "person:lavrov", "person:kerry", "call", "اتصال هاتفي", null, null,
                        null, "أمس", Modality.HAPPENED, sentence(t, "وبحث وزيرا الخارجية"), 0.9),
                new Meeting(id + "-m2", "person:kerry", "person:putin", "talks", "محادثات", "country:RU", null,
                        null, "الأسبوع المقبل", Modality.PLANNED, sentence(t, "ومن المتوقع أن يجري"), 0.8),
                new Meeting(id + "-m3", "country:RU", "country:US", "consultation", "المشاورات", "place:geneva",
                        null, "2015-12-11", "11 كانون الأول", Modality.PLANNED,
                        sentence(t, "أعلنت وزارة الخارجية الروسية"), 0.7));
        List<Event> events = List.of(new Event(id + "-e1", "evacuation", "غادر", null,
                List.of("place:homs"), "place:homs", null, "اليوم", Modality.HAPPENED,
                sentence(t, "وفي ملف المصالحات"), 0.8));
        Map<String, String> locatedIn = Map.of("place:homs", "country:SY", "place:deir-ez-zor", "country:SY");
        return new DocumentGraph(a, entities, statements, meetings, events, locatedIn);
    }

    static Statement statement(String articleId, int n, SpeechType type, String speaker, String text,
                               String sentenceStart, String cue, String quote, List<String> about,
                               List<String> targets, String addressee) {
        return new Statement(articleId + "-s" + n, type, speaker, cue, quote, about, targets, addressee, null, null,
                Modality.HAPPENED, sentence(text, sentenceStart), 0.5 + n / 100.0);
    }

    static Entity person(String text, String id, String name, List<String> aliases, List<Role> roles) {
        return new Entity(id, EntityType.PERSON, name, null, aliases, mentions(text, name, aliases), roles, 0.9);
    }

    static Entity entity(String text, String id, EntityType type, String name, List<String> aliases) {
        return new Entity(id, type, name, null, aliases, mentions(text, name, aliases), List.of(), 0.9);
    }

    static List<Span> mentions(String text, String name, List<String> aliases) {
        List<Span> spans = new ArrayList<>();
        for (String form : concat(name, aliases)) {
            for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length())) {
                spans.add(Span.of(text, i, i + form.length()));
            }
        }
        spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return spans;
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(0, name);
        return all;
    }

    /** The exact span of {@code s} in {@code text}. */
    static Span find(String text, String s) {
        int i = text.indexOf(s);
        if (i < 0) throw new IllegalArgumentException("not in the text: " + s);
        return Span.of(text, i, i + s.length());
    }

    /** From {@code start} to the end of its sentence (the first '.' or line end). */
    static Span sentence(String text, String start) {
        int i = text.indexOf(start);
        if (i < 0) throw new IllegalArgumentException("not in the text: " + start);
        int dot = text.indexOf('.', i);
        int nl = text.indexOf('\n', i);
        int end = dot < 0 ? nl : nl < 0 ? dot + 1 : Math.min(dot + 1, nl);
        if (end < 0) end = text.length();
        return Span.of(text, i, end);
    }
}
