package org.khabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khabar.article.Article;
import org.khabar.lexicon.FixtureLexicon;
import org.khabar.text.ArabicNormalizer;

/** The per-document word counts that name finding relies on. */
class DocTest {
    private static Doc doc(String text) {
        return new Doc(Article.of("t", text), FixtureLexicon.get());
    }

    @Test
    void aWordCountsBareAndAfterOneProclitic() {
        Doc d = doc("قال وقال فقال بقال لقال كقال قالت، وفقال «قال» القال ق");
        assertThat(d.count(ArabicNormalizer.key("قال"))).isEqualTo(6); // bare twice, و ف ب ل; not ك, قالت, وف, ال
        assertThat(d.count(ArabicNormalizer.key("قالت"))).isEqualTo(1);
        assertThat(d.count(ArabicNormalizer.key("فقال"))).isEqualTo(2); // فقال and وفقال
        assertThat(d.count("ق")).isEqualTo(1);
        assertThat(d.count("غائب")).isZero();
        assertThat(d.count("")).isZero();
        assertThat(d.count(ArabicNormalizer.key("قال"))).as("asked again").isEqualTo(6);
    }

    @Test
    void keysThatShareAHashCodeAreStillCountedApart() {
        // "Aa" and "BB" have the same String.hashCode
        Doc d = doc("Aa BB BB وAa");
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(d.count("Aa")).isEqualTo(2);
        assertThat(d.count("BB")).isEqualTo(2);
    }

    @Test
    void mentionsAreListedInTextOrderAndAgainAfterEachChange() {
        Doc d = doc("قال وزير الخارجية سيرغي لافروف إن الرئيس فلاديمير بوتين التقى نظيره");
        Mention late = d.mention(7, 9, 0, org.khabar.graph.EntityType.PERSON, null, null, "test");
        Mention early = d.mention(3, 5, 0, org.khabar.graph.EntityType.PERSON, null, null, "test");
        assertThat(d.add(late, false)).isTrue();
        java.util.List<Mention> one = d.mentions();
        assertThat(one).containsExactly(late);
        assertThat(d.add(early, false)).isTrue();
        assertThat(one).as("a list given out earlier does not change").containsExactly(late);
        assertThat(d.mentions()).containsExactly(early, late).isSameAs(d.mentions());
        Mention longer = d.mention(2, 5, 0, org.khabar.graph.EntityType.PERSON, null, null, "test");
        assertThat(d.add(longer, true)).isTrue();
        assertThat(d.mentions()).containsExactly(longer, late);
        Mention other = d.mention(7, 9, 0, org.khabar.graph.EntityType.ORGANIZATION, null, null, "test");
        d.replace(late, other);
        assertThat(d.mentions()).containsExactly(longer, other);
    }

    @Test
    void knownWordsMatchAsOneWordPhrasesDo() {
        Doc d = doc("قال لافروف ولافروف وللافروف بوتين، فبوتين الجبير والجبير بالجبير كيري لكيري بن");
        java.util.List<String> words = java.util.List.of("لافروف", "بوتين", "الجبير", "كيري", "بن");
        org.khabar.lexicon.PhraseIndex<Boolean> index = new org.khabar.lexicon.PhraseIndex<>();
        for (String w : words) index.add(w, Boolean.TRUE);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String w : words) keys.add(ArabicNormalizer.key(w)); // the finder collects word keys of mentions
        var known = new PersonNameFinder.KnownWords(keys);
        var none = new PersonNameFinder.KnownWords(java.util.Set.of());
        int found = 0;
        for (int i = 0; i < d.size(); i++) {
            boolean expected = index.match(d.words, i, true) != null;
            assertThat(known.match(d.words, i)).as("token %d %s", i, d.tok(i).text()).isEqualTo(expected);
            assertThat(none.match(d.words, i)).isFalse();
            if (expected) found++;
        }
        assertThat(found).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aDateIsLookedForOncePerRange() {
        String text = "قال الوزير يوم الجمعة إن الاجتماع عقد في 6 ديسمبر 2015. وأضاف أن الأسبوع المقبل سيشهد لقاء.";
        Doc d = new Doc(Article.of("t", text, null, null, "2015-12-10", null, null), FixtureLexicon.get());
        for (var s : d.text.sentences()) {
            for (boolean future : new boolean[] {false, true}) {
                Doc fresh = new Doc(Article.of("t", text, null, null, "2015-12-10", null, null), FixtureLexicon.get());
                var first = DateResolver.find(d, s.first(), s.last(), future);
                assertThat(first).isEqualTo(DateResolver.find(fresh, s.first(), s.last(), future));
                assertThat(DateResolver.find(d, s.first(), s.last(), future)).isSameAs(first);
            }
        }
        assertThat(DateResolver.find(d, 0, d.size(), false)).isNotNull();
        assertThat(d.dates).isNotEmpty();
    }

    /** {@link Doc#count} as first written: a scan of every token. */
    private static int plainCount(Doc d, String key) {
        if (key.isEmpty()) return 0;
        int n = 0;
        for (int i = 0; i < d.size(); i++) {
            String k = d.tok(i).key();
            if (k.equals(key)) n++;
            else if (k.length() == key.length() + 1 && "وفبل".indexOf(k.charAt(0)) >= 0 && k.startsWith(key, 1)) n++;
        }
        return n;
    }

    @Test
    void theIndexedCountAgreesWithAScanForEveryKeyAndTail() {
        String text = "قال الوزير عادل الجبير إن وزير الخارجية الروسي سيرغي لافروف وللافروف ولافروف فلافروف بلافروف "
                + "قال إن الجبير والجبير بالجبير، و ف ب ل وو فف Aa BB وAa وBB ٢٠١٥ 2015 «قال» وقال فقال";
        Doc d = doc(text);
        java.util.Set<String> asked = new java.util.LinkedHashSet<>();
        for (int i = 0; i < d.size(); i++) {
            String k = d.tok(i).key();
            asked.add(k);
            for (int c = 0; c <= k.length(); c++) asked.add(k.substring(c));
        }
        asked.addAll(java.util.List.of("غائب", "ف", "Aa", "BB", "a"));
        for (String key : asked) assertThat(d.count(key)).as(key).isEqualTo(plainCount(d, key));
        assertThat(d.count(ArabicNormalizer.key("لافروف"))).as("bare and after و ف ب, not after ول").isEqualTo(4);
    }

    @Test
    void yearAndNumberAreFormattedAsTheFormatterDoes() {
        for (int year : new int[] {-5, 0, 7, 42, 999, 1000, 1436, 2015, 9999, 10000}) {
            for (int n : new int[] {-1, 0, 1, 9, 10, 12, 53, 99, 100}) {
                for (String sep : new String[] {"-", "-W"}) {
                    assertThat(DateResolver.yearAnd(year, sep, n)).isEqualTo(String.format(java.util.Locale.ROOT, "%04d" + sep + "%02d", year, n));
                }
            }
        }
    }

    @Test
    void thePublicationDateIsParsedOnceAsTheResolverParsesIt() {
        for (String p : new String[] {"2015-12-10", "2015-12-10T08:00:00Z", "2015-13-40", "2015", null}) {
            Doc d = new Doc(Article.of("t", "قال الوزير", null, null, p, null, null), FixtureLexicon.get());
            assertThat(d.published()).as(p).isEqualTo(DateResolver.published(p)).isSameAs(d.published());
        }
    }
}
