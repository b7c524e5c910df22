package org.khabar.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.text.Clitics;
import org.khabar.text.Token;
import org.khabar.text.Tokenizer;

/** The per-token start masks of {@link Words} and the lookups of {@link PhraseIndex} that trust them. */
class WordsTest {
    private static final String TEXT = "قال وزير الخارجية ووزير الدفاع وللرئيس، إن مجلس الأمن الدولي والمجلس اجتمع بالرئيس";
    private static final List<String> PHRASES = List.of("وزير الخارجية", "وزير", "الرئيس", "مجلس الأمن الدولي", "مجلس");
    private static final int BIT = 1 << 3;

    private final Token[] tokens = Tokenizer.tokenize(TEXT).toArray(new Token[0]);

    private static PhraseIndex<String> index() {
        PhraseIndex<String> p = new PhraseIndex<>();
        for (String phrase : PHRASES) p.add(phrase, phrase);
        return p;
    }

    private static Vocabulary vocabulary(PhraseIndex<?> p) {
        List<String> words = new ArrayList<>();
        p.collectWords(words);
        return Vocabulary.of(words);
    }

    @Test
    void compiledLookupsAgreeWithTheMapLookups() {
        PhraseIndex<String> plain = index();
        PhraseIndex<String> compiled = index();
        Vocabulary v = vocabulary(compiled);
        int[] starts = new int[v.size()];
        compiled.compile(v, BIT, starts);
        Words w = new Words(tokens, v, starts);
        int found = 0;
        for (int i = 0; i < tokens.length; i++) {
            for (boolean clitics : new boolean[] {true, false}) {
                var expected = plain.match(w, i, clitics);
                assertThat(compiled.match(w, i, clitics)).as("token %d %s, clitics %s", i, tokens[i].text(), clitics)
                        .isEqualTo(expected);
                if (expected != null) found++;
                // the mask says exactly which tokens start a phrase
                assertThat((w.starts(i, clitics) & BIT) != 0).as("mask of %s", tokens[i].text()).isEqualTo(expected != null);
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(7);
    }

    @Test
    void phrasesGroupedBySecondWordMatchAsTheMapLookupsDo() {
        // one first word with phrases of 1–4 words, several per second word, added in mixed order
        List<String> phrases = List.of("جامعة الملك سعود", "جامعة", "جامعة الملك عبدالعزيز", "جامعة الدول العربية",
                "جامعة الملك", "جامعة القاهرة", "جامعة الملك فهد للبترول", "جامعة الدول", "الملك سلمان",
                "جامعة الإمام محمد بن سعود", "الملك", "مجلس الأمن", "مجلس");
        String text = "قالت جامعة الملك سعود وجامعة الملك فهد للبترول والمعادن إن جامعة الدول العربية وجامعة القاهرة "
                + "وللجامعة، جامعة الملك عبدالله والملك سلمان وجامعة الإمام محمد بن سعود ومجلس الأمن جامعة الدول، جامعة";
        Token[] many = Tokenizer.tokenize(text).toArray(new Token[0]);
        PhraseIndex<String> plain = new PhraseIndex<>();
        PhraseIndex<String> compiled = new PhraseIndex<>();
        for (String phrase : phrases) {
            plain.add(phrase, phrase);
            compiled.add(phrase, phrase);
        }
        Vocabulary v = vocabulary(compiled);
        int[] starts = new int[v.size()];
        compiled.compile(v, BIT, starts);
        Words w = new Words(many, v, starts);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < many.length; i++) {
            for (boolean clitics : new boolean[] {true, false}) {
                var expected = plain.match(w, i, clitics);
                assertThat(compiled.match(w, i, clitics)).as("token %d %s, clitics %s", i, many[i].text(), clitics)
                        .isEqualTo(expected);
                if (expected != null) seen.add(expected.value());
            }
        }
        assertThat(seen).contains("جامعة الملك سعود", "جامعة الملك فهد للبترول", "جامعة الدول العربية", "جامعة القاهرة",
                "جامعة الملك", "الملك سلمان", "جامعة الإمام محمد بن سعود", "مجلس الأمن", "جامعة الدول", "جامعة");
    }

    @Test
    void theMaskOfTheWholeKeyLeavesOutProclitics() {
        PhraseIndex<String> p = index();
        Vocabulary v = vocabulary(p);
        int[] starts = new int[v.size()];
        p.compile(v, BIT, starts);
        Words w = new Words(tokens, v, starts);
        int i = List.of(tokens).stream().filter(t -> t.text().equals("ووزير")).findFirst().orElseThrow().index();
        assertThat(w.starts(i, true) & BIT).isEqualTo(BIT);
        assertThat(w.starts(i, false) & BIT).isZero();
        assertThat(p.match(w, i, true).stripped()).isEqualTo(1);
        assertThat(p.match(w, i, false)).isNull();
    }

    @Test
    void aPhraseAddedAfterCompilingIsFound() {
        PhraseIndex<String> p = index();
        Vocabulary v = vocabulary(p);
        int[] starts = new int[v.size()];
        p.compile(v, BIT, starts);
        p.add("اجتمع", "meeting");
        Words w = new Words(tokens, v, starts);
        int i = tokens.length - 2;
        assertThat(tokens[i].text()).isEqualTo("اجتمع");
        assertThat(p.match(w, i, true).value()).isEqualTo("meeting");
        assertThat(p.match(w, 1, true).value()).isEqualTo("وزير الخارجية");
    }

    @Test
    void strippedCandidatesAreLookedUpWithoutCuttingTheirKeys() {
        Lexicon lex = FixtureLexicon.get();
        Token[] many = Tokenizer.tokenize(TEXT + " وبالقاهرة للمجلس فللواء ولافروف كالعادة وللعراق فبالرياض وب")
                .toArray(new Token[0]);
        Words w = lex.words(many);
        int stripped = 0;
        for (int i = 0; i < many.length; i++) {
            List<Clitics.Candidate> expected = Clitics.candidates(many[i].key());
            assertThat(w.to(i) - w.from(i)).as(many[i].text()).isEqualTo(expected.size());
            for (int c = w.from(i); c < w.to(i); c++) {
                Clitics.Candidate e = expected.get(c - w.from(i));
                assertThat(w.hash(c)).isEqualTo(e.key().hashCode());
                assertThat(w.stripped(c)).isEqualTo(e.stripped());
                assertThat(w.key(c)).isEqualTo(e.key());
                Token alone = new Token(0, 0, 1, "x", e.key(), true);
                assertThat(w.id(c)).as(e.key()).isEqualTo(lex.words(new Token[] {alone}).wordId(0));
                if (w.id(c) != Vocabulary.NONE && c > w.from(i)) stripped++;
            }
        }
        assertThat(stripped).as("stripped candidates the lexicon knows").isGreaterThanOrEqualTo(5);
    }

    @Test
    void givenNameAndSpeechCueBitsMarkExactlyTheTokensWithSuchACandidate() {
        Lexicon lex = Lexicon.standard(); // the bundled given names
        Token[] many = Tokenizer.tokenize("وقال محمد ولمحمد عادل الجبير، قالت وأكدت ويقول سيرغي لافروف إن الوزير نفى")
                .toArray(new Token[0]);
        Words w = lex.words(many);
        int names = 0, cues = 0;
        for (int i = 0; i < many.length; i++) {
            boolean name = false, cue = false;
            for (int c = w.from(i); c < w.to(i); c++) {
                name |= lex.gazetteer().givenName(w.id(c)) != null || lex.gazetteer().givenOrigin(w.id(c)) != null;
                cue |= lex.speech().get(w.id(c)) != null;
            }
            assertThat(w.mayBeGivenName(i)).as("given name %s", many[i].text()).isEqualTo(name);
            assertThat(w.mayBeSpeechCue(i)).as("speech cue %s", many[i].text()).isEqualTo(cue);
            if (name) names++;
            if (cue) cues++;
        }
        assertThat(names).isGreaterThanOrEqualTo(3);
        assertThat(cues).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theStandardLexiconMarksOnlyTokensThatStartAPhrase() {
        Lexicon lex = FixtureLexicon.get();
        Words w = lex.words(tokens);
        for (int i = 0; i < tokens.length; i++) {
            boolean role = lex.roles().match(w, i, true) != null;
            assertThat(role).as(tokens[i].text()).isEqualTo(role && w.starts(i, true) != 0);
        }
        int minister = 1;
        assertThat(lex.roles().match(w, minister, true)).isNotNull();
        assertThat(w.starts(minister, true)).isNotZero();
        assertThat(w.starts(0, false) & w.starts(0, true)).isEqualTo(w.starts(0, false));
    }

    /** The first token of {@code [from, to)} that passes {@code test}, or {@code to}: the plain scan a finder pass made. */
    private static int firstFrom(int from, int to, java.util.function.IntPredicate test) {
        int i = from;
        while (i < to && !test.test(i)) i++;
        return i;
    }

    @Test
    void theNextPossibleStartSkipsOnlyTokensThatMatchNothing() {
        Lexicon lex = Lexicon.standard();
        Token[] many = Tokenizer.tokenize("وقال وزير الخارجية السعودي عادل الجبير إن مجلس الأمن الدولي اجتمع بالرئيس في الرياض، "
                + "وأكدت الوزيرة محمد ولمحمد أمس الجمعة 6 ديسمبر، ونفى المتحدث باسم وزارة الدفاع").toArray(new Token[0]);
        Words w = lex.words(many);
        int n = many.length;
        List<PhraseIndex<?>> indexes = List.of(lex.roles(), lex.orgHeads(), lex.placeHeads(), lex.meetings(), lex.triggers(),
                lex.months(), lex.days(), lex.gazetteer().names());
        int skipped = 0;
        for (PhraseIndex<?> p : indexes) {
            for (boolean clitics : new boolean[] {true, false}) {
                List<Object> all = new ArrayList<>(), jumping = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    var m = p.match(w, i, clitics);
                    if (m != null) all.add(m);
                }
                for (int i = p.nextStart(w, 0, n, clitics); i < n; i = p.nextStart(w, i + 1, n, clitics)) {
                    var m = p.match(w, i, clitics);
                    if (m != null) jumping.add(m);
                }
                assertThat(jumping).isEqualTo(all); // a finder pass that jumps finds what a pass over every token finds
                for (int from = 0; from <= n + 1; from++) {
                    for (int to : new int[] {from, Math.min(n, from + 3), n}) {
                        int next = p.nextStart(w, from, to, clitics);
                        assertThat(next).isBetween(from, Math.max(from, to));
                        for (int i = from; i < next; i++) assertThat(p.match(w, i, clitics)).as("skipped %d", i).isNull();
                        if (to == n) skipped += next - from;
                    }
                }
            }
        }
        assertThat(skipped).as("tokens jumped over").isGreaterThan(100);
        for (int from = 0; from <= n; from++) {
            assertThat(w.nextMayBeGivenName(from, n)).isEqualTo(firstFrom(from, n, w::mayBeGivenName));
            assertThat(w.nextMayBeSpeechCue(from, n)).isEqualTo(firstFrom(from, n, w::mayBeSpeechCue));
        }
        PhraseIndex<String> plain = new PhraseIndex<>(); // never compiled: every token may start a phrase
        plain.add("وزير", "x");
        assertThat(plain.nextStart(w, 3, n, true)).isEqualTo(3);
    }
}
