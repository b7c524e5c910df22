package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.graph.DocumentGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every research query in cypher/queries, run on the hand-built seed graph, rows checked. */
class ResearchQueriesIT {
    @TempDir
    static Path dir;

    static GraphStore store;
    static DocumentGraph seed;
    static final Set<String> RUN = new HashSet<>();

    @BeforeAll
    static void load() {
        store = GraphStore.startEmbedded(StoreSettings.embedded(dir.resolve("neo4j")), false);
        seed = SeedGraph.graph();
        Neo4jLoader.open(store.driver()).load(seed);
    }

    @AfterAll
    static void stop() {
        if (store != null) store.close();
        assertThat(RUN).as("every bundled query has a test").containsExactlyInAnyOrderElementsOf(ResearchQuery.NAMES);
    }

    static List<Map<String, Object>> run(String name, Map<String, ?> params) {
        RUN.add(name);
        return ResearchQuery.named(name).run(store.driver(), params);
    }

    static String sid(int n) {
        return seed.article().id() + "-s" + n;
    }

    @Test
    void statementsByPerson() {
        var byAlias = run("statements-by-person", Map.of("person", "لافروف"));
        assertThat(byAlias).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("speaker")).isEqualTo("سيرغي لافروف");
            assertThat(r.get("act")).isEqualTo("STATED");
        });
        assertThat(byAlias.get(0).get("evidence").toString()).startsWith("وأكد لافروف لكيري");
        assertThat(run("statements-by-person", Map.of("person", "person:konashenkov")))
                .extracting(r -> r.get("act")).containsExactly("DENIED", "CALLED_FOR");
        assertThat(run("statements-by-person", Map.of("person", "nobody"))).isEmpty();
    }

    @Test
    void mergesListsNothingWhenNothingWasResolved() {
        // the seed graph is loaded without resolution; EntityResolutionIT checks the rows of real merges
        assertThat(run("merges", Map.of())).isEmpty();
        assertThat(run("merges", Map.of("name", "لافروف"))).isEmpty();
    }

    @Test
    void denials() {
        var rows = run("denials", Map.of());
        assertThat(rows).extracting(r -> r.get("who")).containsExactly("وزارة الدفاع الروسية", "إيغور كوناشينكوف");
        assertThat(rows.get(0).get("whoLabel")).isEqualTo("Organization");
        assertThat(rows.get(0).get("about")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("سورية", "دير الزور");
        assertThat(run("denials", Map.of("limit", 1L))).hasSize(1);
    }

    @Test
    void meetings() {
        var all = run("meetings", Map.of());
        assertThat(all).hasSize(3);
        var kerry = run("meetings", Map.of("entity", "كيري"));
        assertThat(kerry).hasSize(2);
        var geneva = run("meetings", Map.of("entity", "country:US"));
        assertThat(geneva).singleElement().satisfies(r -> {
            assertThat(r.get("place")).isEqualTo("جنيف");
            assertThat(r.get("date")).isEqualTo("2015-12-11");
            assertThat(r.get("modality")).isEqualTo("planned");
            assertThat(r.get("party")).isEqualTo("روسيا");
            assertThat(r.get("otherParty")).isEqualTo("الولايات المتحدة");
        });
    }

    @Test
    void statementsAboutACountry() {
        var sy = run("statements-about-country", Map.of("country", "sy"));
        assertThat(sy).extracting(r -> r.get("speaker"))
                .containsExactly("سيرغي لافروف", "سيرغي لافروف", "وزارة الدفاع الروسية", "إيغور كوناشينكوف"); // text order
        assertThat(run("statements-about-country", Map.of("country", "روسيا"))).extracting(r -> r.get("act"))
                .containsExactlyInAnyOrder("DENIED", "ACCUSED");
    }

    @Test
    void accusations() {
        assertThat(run("accusations", Map.of())).singleElement().satisfies(r -> {
            assertThat(r.get("accuser")).isEqualTo("أحمد داود أوغلو");
            assertThat(r.get("accused")).isEqualTo("روسيا");
            assertThat(r.get("accusation")).isEqualTo("تطهير عرقي");
        });
    }

    @Test
    void callsFor() {
        assertThat(run("calls-for", Map.of())).singleElement().satisfies(r -> {
            assertThat(r.get("caller")).isEqualTo("إيغور كوناشينكوف");
            assertThat(r.get("calledOn")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("الولايات المتحدة");
            assertThat(r.get("demand")).isEqualTo("كشف الأوراق");
        });
    }

    @Test
    void mostQuoted() {
        var rows = run("most-quoted", Map.of("limit", 2L));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("person", "سيرغي لافروف").containsEntry("statements", 3L);
        assertThat(rows.get(1)).containsEntry("person", "إيغور كوناشينكوف").containsEntry("statements", 2L);
        assertThat(run("most-quoted", Map.of())).hasSize(5); // Putin and Kerry are never quoted; the ministry is no Person
    }

    @Test
    void coOccurrence() {
        var rows = run("co-occurrence", Map.of());
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> Set.of(r.get("person"), r.get("otherPerson")))
                .containsExactlyInAnyOrder(Set.of("سيرغي لافروف", "جون كيري"), Set.of("سيرغي لافروف", "فلاديمير بوتين"));
        assertThat(run("co-occurrence", Map.of("minimum", 2L))).isEmpty();
    }

    @Test
    void timeline() {
        var rows = run("timeline", Map.of("entity", "person:kerry"));
        assertThat(rows).extracting(r -> r.get("what").toString())
                .containsExactlyInAnyOrder("mentioned by سيرغي لافروف", "met سيرغي لافروف", "met فلاديمير بوتين");
        var homs = run("timeline", Map.of("entity", "حمص"));
        assertThat(homs).extracting(r -> r.get("what").toString())
                .contains("took part in غادر", "mentioned by طلال البرازي");
    }

    @Test
    void evidenceOfAStatementAndOfAMeeting() {
        String text = seed.article().text();
        var s = run("evidence", Map.of("id", sid(5)));
        assertThat(s).singleElement().satisfies(r -> {
            assertThat(r.get("type")).isEqualTo("ACCUSED");
            assertThat(r.get("offsetsMatch")).isEqualTo(true);
            assertThat(r.get("source")).isEqualTo(SeedGraph.FILE.toString());
            int start = ((Long) r.get("start")).intValue();
            assertThat(text.substring(start, ((Long) r.get("end")).intValue())).isEqualTo(r.get("sentence"));
        });
        assertThat(run("evidence", Map.of("id", seed.article().id() + "-m1"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("type")).isEqualTo("MET_WITH");
                    assertThat(r.get("sentence").toString()).startsWith("وبحث وزيرا الخارجية");
                    assertThat(r.get("offsetsMatch")).isEqualTo(true);
                });
        assertThat(run("evidence", Map.of("id", "no-such-s1"))).isEmpty();
    }

    @Test
    void arabicFullTextSearchIgnoresDiacriticsAndHamzaForms() {
        var plain = run("search", Map.of("q", "كوناشينكوف"));
        assertThat(plain).extracting(r -> r.get("id")).contains("person:konashenkov", sid(4)).doesNotContain(sid(6));
        // with diacritics, tatweel and another alef form: the same hits
        var marked = run("search", Map.of("q", "كُوناشـينكوف"));
        assertThat(marked).extracting(r -> r.get("id")).containsAll(plain.stream().map(r -> r.get("id")).toList());
        // «أحمد» written without hamza
        assertThat(run("search", Map.of("q", "احمد"))).extracting(r -> r.get("id")).contains("person:davutoglu");
        // ة written as ه, and «سوريا» as an alias
        assertThat(run("search", Map.of("q", "سوريه"))).extracting(r -> r.get("id")).contains("country:SY");
        // the arabic analyzer also strips the article: «الإرهابيين» finds «إرهابيين» forms
        assertThat(run("search", Map.of("q", "الاسلحة النووية"))).extracting(r -> r.get("id")).contains(sid(1));
        assertThat(run("search", Map.of("q", "زيورخ"))).isEmpty();
    }
}
