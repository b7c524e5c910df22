package org.khabar.graph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.graph.EntityType;
import org.khabar.text.ArabicNormalizer;

/** Every rule of the resolver, with the cases that must not merge. */
class EntityResolverTest {
    private static final Set<String> NATIVE = folded("محمد", "محمود", "علي", "حسن", "عباس", "بشار", "حافظ", "عادل",
            "كريم", "كرم", "ماهر", "أحمد", "فيصل", "سلمان", "هاني", "عبد الرحمن", "عبد الله");
    private static final Set<String> GIVEN = union(NATIVE, folded("سيرغي", "انجيلا", "فلاديمير", "جون", "انطونيو"));
    private static final EntityResolver RESOLVER = EntityResolver.with(GIVEN::contains, NATIVE::contains);

    // ---- spelling ----

    @Test
    void spellingVariantsOfAForeignFullNameMerge() {
        List<Merge> m = RESOLVER.resolve(List.of(
                person("person:a", "أنجيلا ميركل", articles("a1", "a2")),
                person("person:b", "انجيلا ميركيل", articles("a3")),
                person("person:c", "فلاديمير بوتين", articles("a1")),
                person("person:d", "فلاديمير بوتن", articles("a4")),
                person("person:e", "أنطونيو غوتيريس", articles("a5", "a6")),
                person("person:f", "انطونيو قوتيريش", articles("a7"))));
        assertThat(m).extracting(Merge::fromId, Merge::intoId, Merge::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("person:b", "person:a", Merge.Rule.SPELLING),
                org.assertj.core.groups.Tuple.tuple("person:d", "person:c", Merge.Rule.SPELLING));
        assertThat(m.get(0).evidence()).contains("«انجيلا ميركيل»", "«أنجيلا ميركل»", "spellings");
    }

    @Test
    void compoundsAreSpellings() {
        List<Merge> m = RESOLVER.resolve(List.of(
                person("person:a", "عبد الله الثاني", articles("a1", "a2")),
                person("person:b", "عبدالله الثاني", articles("a3")),
                person("person:c", "هاني بن محمد أبو راس", articles("a1", "a2")),
                person("person:d", "هاني ابن محمد أبوراس", articles("a4"))));
        assertThat(m).extracting(Merge::fromId, Merge::intoId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("person:b", "person:a"),
                org.assertj.core.groups.Tuple.tuple("person:d", "person:c"));
    }

    @Test
    void namesOfGivenNamesOnlyNeedAnAgreeingRole() {
        // «أحمد عبدالله اليوسف» and «أحمد عبد الله المجيدي», both cut short: two people
        assertThat(RESOLVER.resolve(List.of(
                person("person:a", "أحمد عبدالله", articles("a1")),
                person("person:b", "أحمد عبد الله", articles("a2"))))).isEmpty();
        // «الدكتور عبد الرحمن بن عبد الله السند» and «الدكتور عبدالرحمن بن عبدالله آل حامد»: a bare title is no evidence
        assertThat(RESOLVER.resolve(List.of(
                new EntitySummary("person:a", EntityType.PERSON, "عبد الرحمن بن عبد الله", List.of(), Set.of("الدكتور"),
                        Set.of(), articles("a1")),
                new EntitySummary("person:b", EntityType.PERSON, "عبدالرحمن بن عبدالله", List.of(), Set.of("الدكتور"),
                        Set.of(), articles("a2"))))).isEmpty();
        assertThat(RESOLVER.resolve(List.of(
                new EntitySummary("person:a", EntityType.PERSON, "عبد الرحمن بن عبد الله", List.of(),
                        Set.of("الرئيس العام لهيئة الأمر بالمعروف"), Set.of(), articles("a1")),
                new EntitySummary("person:b", EntityType.PERSON, "عبدالرحمن بن عبدالله", List.of(),
                        Set.of("الرئيس العام لهيئة الأمر بالمعروف"), Set.of(), articles("a2"))))).hasSize(1);
        // three generations named: one person
        assertThat(RESOLVER.resolve(List.of(
                new EntitySummary("person:a", EntityType.PERSON, "فيصل بن سلمان بن عبد العزيز", List.of(), Set.of("الأمير"),
                        Set.of(), articles("a1", "a2")),
                new EntitySummary("person:b", EntityType.PERSON, "فيصل بن سلمان بن عبدالعزيز", List.of(), Set.of("الأمير"),
                        Set.of(), articles("a3")))))
                .singleElement().satisfies(m -> assertThat(m.evidence()).contains("both are «الأمير»"));
    }

    @Test
    void theArticleIsNeverOptionalAndNativeFamilyNamesKeepTheirLetters() {
        // «محمد خالد» is Mohammed son of Khalid, «محمد الخالد» of the Al-Khalid family
        assertThat(RESOLVER.resolve(List.of(
                person("person:a", "عادل الجبير", articles("a1")),
                person("person:b", "عادل جبير", articles("a2")),
                person("person:c", "محمد حسن", articles("a3")),
                person("person:d", "محمد الحسن", articles("a4")),
                person("person:e", "إبراهيم البلي", articles("a5")),
                person("person:f", "إبراهيم البلوي", articles("a6")),
                person("person:g", "محمد القرني", articles("a7")),
                person("person:h", "محمد الجيراني", articles("a8")),
                person("person:i", "عبدالله حسون", articles("a9")),
                person("person:j", "عبدالله حسن", articles("a10")),
                person("person:k", "اللواء 19", articles("a11")),
                person("person:l", "اللواء 119", articles("a12"))))).isEmpty();
    }

    @Test
    void nativeNamesKeepTheirVowels() {
        assertThat(RESOLVER.resolve(List.of(
                person("person:a", "محمد عباس", articles("a1")),
                person("person:b", "محمود عباس", articles("a2")),
                person("person:c", "أحمد كريم", articles("a3")),
                person("person:d", "أحمد كرم", articles("a4"))))).isEmpty();
    }

    @Test
    void rolesInDifferentCountriesKeepTwoSpellingsApart() {
        assertThat(RESOLVER.resolve(List.of(
                new EntitySummary("person:a", EntityType.PERSON, "جون ميلر", List.of(), Set.of("السفير"),
                        Set.of("country:US"), articles("a1")),
                new EntitySummary("person:b", EntityType.PERSON, "جون ميللر", List.of(), Set.of("السفير"),
                        Set.of("country:GB"), articles("a2"))))).isEmpty();
    }

    @Test
    void twoGazetteerEntitiesNeverMerge() {
        assertThat(RESOLVER.resolve(List.of(
                person("q:Q1", "فلاديمير بوتين", articles("a1")),
                person("q:Q2", "فلاديمير بوتن", articles("a2"))))).isEmpty();
        // a gazetteer entity is the canonical one, whatever the counts
        assertThat(RESOLVER.resolve(List.of(
                person("q:Q1", "فلاديمير بوتين", articles("a1")),
                person("person:x", "فلاديمير بوتن", articles("a2", "a3", "a4")))))
                .extracting(Merge::fromId, Merge::intoId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("person:x", "q:Q1"));
    }

    @Test
    void placesMergeOnConservativeSpellingsOnly() {
        List<Merge> m = RESOLVER.resolve(List.of(
                place("place:a", "أبو ظبي", articles("a1", "a2")),
                place("place:b", "أبوظبي", articles("a3")),
                place("place:c", "جنيف", articles("a4")),
                place("place:d", "جينيف", articles("a5")),
                place("place:e", "دير الزور", articles("a6")),
                place("place:f", "دير زور", articles("a7"))));
        assertThat(m).extracting(Merge::fromId, Merge::intoId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("place:b", "place:a"));
    }

    // ---- family name ----

    @Test
    void aFamilyNameWithTheSameRoleGoesIntoTheFullName() {
        List<Merge> m = RESOLVER.resolve(List.of(
                new EntitySummary("person:l", EntityType.PERSON, "لافروف", List.of(), Set.of("وزير الخارجية"), Set.of(),
                        articles("a2")),
                new EntitySummary("person:sl", EntityType.PERSON, "سيرغي لافروف", List.of(), Set.of("وزير الخارجية"),
                        Set.of("country:RU"), articles("a1"))));
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.fromId()).isEqualTo("person:l");
            assertThat(x.intoId()).isEqualTo("person:sl");
            assertThat(x.rule()).isEqualTo(Merge.Rule.FAMILY_NAME);
            assertThat(x.evidence()).contains("«لافروف»", "«سيرغي لافروف»", "«وزير الخارجية»");
        });
    }

    @Test
    void aFamilyNameNamedWithTheCountryOfTheFullNamesRoleGoesIntoIt() {
        List<Merge> m = RESOLVER.resolve(List.of(
                person("person:l", "لافروف", articles("a2")),
                country("country:RU", "روسيا", articles("a1", "a2")),
                new EntitySummary("person:sl", EntityType.PERSON, "سيرغي لافروف", List.of(), Set.of("وزير الخارجية"),
                        Set.of("country:RU"), articles("a1"))));
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.intoId()).isEqualTo("person:sl");
            assertThat(x.evidence()).contains("«روسيا»");
        });
    }

    @Test
    void aFamilyNameWithoutEvidenceStaysAlone() {
        assertThat(RESOLVER.resolve(List.of(
                person("person:l", "لافروف", articles("a2")),
                country("country:SA", "السعودية", articles("a2")),
                person("person:sl", "سيرغي لافروف", articles("a1"))))).isEmpty();
    }

    @Test
    void aFamilyNameWithTwoFullNameCandidatesIsAmbiguous() {
        assertThat(RESOLVER.resolve(List.of(
                new EntitySummary("person:a", EntityType.PERSON, "الأسد", List.of(), Set.of("الرئيس"), Set.of(),
                        articles("a1")),
                new EntitySummary("person:b", EntityType.PERSON, "بشار الأسد", List.of(), Set.of("الرئيس"),
                        Set.of("country:SY"), articles("a2")),
                new EntitySummary("person:c", EntityType.PERSON, "حافظ الأسد", List.of(), Set.of("الرئيس"),
                        Set.of("country:SY"), articles("a3"))))).isEmpty();
    }

    @Test
    void aWordThatIsAlsoAFirstNameIsAmbiguous() {
        assertThat(RESOLVER.resolve(List.of(
                new EntitySummary("person:a", EntityType.PERSON, "عراقجي", List.of(), Set.of("نائب وزير الخارجية"),
                        Set.of(), articles("a1")),
                new EntitySummary("person:b", EntityType.PERSON, "عباس عراقجي", List.of(), Set.of("نائب وزير الخارجية"),
                        Set.of(), articles("a2")),
                new EntitySummary("person:c", EntityType.PERSON, "عراقجي حسن", List.of(), Set.of(), Set.of(),
                        articles("a3"))))).isEmpty();
    }

    @Test
    void aGivenNameAloneNeverMerges() {
        assertThat(RESOLVER.resolve(List.of(
                new EntitySummary("person:m", EntityType.PERSON, "محمد", List.of(), Set.of("الوزير"), Set.of(),
                        articles("a1")),
                new EntitySummary("person:am", EntityType.PERSON, "علي محمد", List.of(), Set.of("الوزير"), Set.of(),
                        articles("a2"))))).isEmpty();
        // two «محمد» with different family names are two persons
        assertThat(RESOLVER.resolve(List.of(
                person("person:x", "محمد الأحمد", articles("a1")),
                person("person:y", "محمد الحسن", articles("a1"))))).isEmpty();
    }

    @Test
    void rolesInDifferentCountriesKeepAFamilyNameApart() {
        assertThat(RESOLVER.resolve(List.of(
                new EntitySummary("person:a", EntityType.PERSON, "ميلر", List.of(), Set.of("السفير"),
                        Set.of("country:GB"), articles("a1")),
                new EntitySummary("person:b", EntityType.PERSON, "جون ميلر", List.of(), Set.of("السفير"),
                        Set.of("country:US"), articles("a2"))))).isEmpty();
    }

    @Test
    void neverAcrossEntityTypes() {
        assertThat(RESOLVER.resolve(List.of(
                new EntitySummary("org:a", EntityType.ORGANIZATION, "لافروف", List.of(), Set.of("وزير الخارجية"),
                        Set.of(), articles("a1")),
                new EntitySummary("person:b", EntityType.PERSON, "سيرغي لافروف", List.of(), Set.of("وزير الخارجية"),
                        Set.of(), articles("a2")),
                place("place:c", "سيرجي لافروف", articles("a3"))))).isEmpty();
    }

    @Test
    void aFamilyNameGoesIntoTheCanonicalSpellingOfItsFullName() {
        List<Merge> m = RESOLVER.resolve(List.of(
                new EntitySummary("person:l", EntityType.PERSON, "ميركل", List.of(), Set.of("المستشارة"), Set.of(),
                        articles("a9")),
                new EntitySummary("person:a", EntityType.PERSON, "أنجيلا ميركل", List.of(), Set.of(), Set.of(),
                        articles("a1", "a2")),
                new EntitySummary("person:b", EntityType.PERSON, "انجيلا ميركيل", List.of(), Set.of("المستشارة"),
                        Set.of("country:DE"), articles("a3"))));
        assertThat(m).extracting(Merge::fromId, Merge::intoId, Merge::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("person:b", "person:a", Merge.Rule.SPELLING),
                org.assertj.core.groups.Tuple.tuple("person:l", "person:a", Merge.Rule.FAMILY_NAME));
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheInput() {
        List<EntitySummary> all = new ArrayList<>(List.of(
                person("person:a", "أنجيلا ميركل", articles("a1")),
                person("person:b", "انجيلا ميركيل", articles("a3")),
                person("person:c", "أنجيلا ميركيل", articles("a4")),
                new EntitySummary("person:l", EntityType.PERSON, "ميركل", List.of(), Set.of("المستشارة"), Set.of(),
                        articles("a9")),
                new EntitySummary("person:d", EntityType.PERSON, "أنجلا ميركل", List.of(), Set.of("المستشارة"),
                        Set.of(), articles("a5")),
                place("place:a", "أبو ظبي", articles("a1")),
                place("place:b", "أبوظبي", articles("a3"))));
        List<Merge> first = RESOLVER.resolve(all);
        assertThat(first).hasSize(5);
        Random random = new Random(5);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(all, random);
            assertThat(RESOLVER.resolve(all)).isEqualTo(first);
        }
    }

    // ---- helpers ----

    @Test
    void aNameCutOffAfterItsConnectorIsNoSpellingOfAFullName() {
        // «بنيان» without its long vowels would read «بن»: the connector is never a transliteration
        assertThat(RESOLVER.resolve(List.of(
                person("person:a", "محمد بنيان", articles("a1", "a2")),
                person("person:b", "محمد بن", articles("a3"))))).isEmpty();
        assertThat(RESOLVER.resolve(List.of(
                person("person:a", "جون بنيان", articles("a1", "a2")),
                person("person:b", "جون بنين", articles("a3"))))).hasSize(1);
    }

    static EntitySummary person(String id, String name, Set<String> articles) {
        return new EntitySummary(id, EntityType.PERSON, name, List.of(), Set.of(), Set.of(), articles);
    }

    static EntitySummary place(String id, String name, Set<String> articles) {
        return new EntitySummary(id, EntityType.PLACE, name, List.of(), Set.of(), Set.of(), articles);
    }

    static EntitySummary country(String id, String name, Set<String> articles) {
        return new EntitySummary(id, EntityType.COUNTRY, name, List.of(), Set.of(), Set.of(), articles);
    }

    static Set<String> articles(String... ids) {
        return Set.of(ids);
    }

    private static Set<String> folded(String... names) {
        Set<String> out = new java.util.HashSet<>();
        for (String n : names) out.add(ArabicNormalizer.fold(n));
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
