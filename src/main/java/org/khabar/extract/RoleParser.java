package org.khabar.extract;

import org.khabar.graph.EntityType;
import org.khabar.lexicon.PhraseIndex;
import org.khabar.lexicon.RoleWord;
import org.khabar.text.ArabicNormalizer;

/**
 * Parses a role phrase at a token: role noun(s), complement (construct noun, nisba, organization,
 * «باسم X», «في X», definite adjectives) and an optional following name.
 */
final class RoleParser {
    private static final String BASM = ArabicNormalizer.key("باسم");

    private RoleParser() {}

    static RolePhrase parse(Doc d, int i) {
        if (!d.isWord(i)) return null;
        PhraseIndex.Match<RoleWord> r = d.lex.roles().match(d.words, i, true);
        if (r == null) return null;
        // the «د» abbreviation only before a name
        RoleWord word = r.value();
        if (word.feminine() && !d.tok(r.last() - 1).text().endsWith("ة") && !d.tok(r.last() - 1).text().endsWith("ات")) {
            // «نظيره» (his counterpart) folds like «نظيرة»: the written ta marbuta decides
            word = new RoleWord(word.head(), word.kind(), false, word.dual());
        }
        boolean definiteRole = d.definite(i);
        boolean construct = !definiteRole && !word.isTitle() && !word.isSource();
        int k = r.last();
        Mention affiliation = null;
        String country = null;
        int limit = i + 10;
        while (k < d.size() && k < limit && d.isWord(k)) {
            Mention m = d.mentionAt(k);
            if (m != null && m.first() == k) {
                if (m.type() == EntityType.PERSON) break;
                affiliation = m;
                if (country == null) country = m.type() == EntityType.COUNTRY ? m.entityId() : m.countryId();
                k = m.last();
                construct = false;
                continue;
            }
            if (m != null) break;
            PhraseIndex.Match<RoleWord> again = d.lex.roles().match(d.words, k, true);
            if (again != null && !again.value().isSource() && !Names.conjoined(d, k)
                    && !d.tok(k).key().startsWith("و") && !(Names.givenName(d, k) != null && Names.patronymicNext(d, k))) {
                construct = !d.definite(k) && !again.value().isTitle();
                k = again.last();
                continue;
            }
            if (k > r.last() && d.tok(k).key().startsWith("وال") && d.tok(k).key().length() > 4 && again == null
                    && d.stopword(k) == null && Names.speechCue(d, k) == null && d.definite(k - 1) && d.mentionAt(k - 1) == null) {
                k++; // «وزير الثقافة والإعلام»: a coordinated complement
                continue;
            }
            if (d.nisba[k] != null) {
                if (country == null) country = d.nisba[k];
                k++;
                construct = false;
                continue;
            }
            String key = d.tok(k).key();
            if (key.startsWith(BASM)) {
                if (key.length() > BASM.length() && affiliation == null) {
                    affiliation = lastOrgBefore(d, i, key.endsWith("ها") ? Boolean.TRUE : key.endsWith("ه") ? Boolean.FALSE : null);
                }
                k++;
                construct = key.equals(BASM);
                continue;
            }
            String sw = d.stopword(k);
            if ((key.equals("في") || key.equals("لدي")) && k + 1 < d.size() && d.mentionAt(k + 1) != null
                    && d.mentionAt(k + 1).type() != EntityType.PERSON) {
                k++;
                continue;
            }
            if (construct && (sw == null || "adjective".equals(sw) || "noun".equals(sw)) && Names.speechCue(d, k) == null) {
                k++;
                construct = false;
                continue;
            }
            if (key.startsWith("لل") && sw == null) { k++; continue; }
            if (d.definite(k) && ("adjective".equals(sw) || (sw == null && adjectiveEnding(key)))) { k++; continue; }
            break;
        }
        int nameFirst = -1, nameLast = -1;
        int n = k;
        if (d.isPunct(n, "،") && k > r.last()) n++;
        Mention pm = d.mentionAt(n);
        if (pm != null && pm.first() == n && pm.type() == EntityType.PERSON) {
            nameFirst = n;
            nameLast = pm.last();
        } else {
            boolean allowDef = definiteRole && k == r.last() && n == k && !word.isSource();
            if (Names.nameToken(d, n, allowDef) && !Names.verbLike(d, n) && !PATRONYMIC_START.contains(d.tok(n).key())
                    && !coordinated(d, n) && !affairsOf(d, n)
                    && !(allowDef && d.definite(n) && adjectiveEnding(d.tok(n).key()))) {
                int last = extend(d, n);
                Mention after = d.mentionAt(last);
                if (after != null && after.first() == last && after.type() == EntityType.PERSON) last = after.last();
                boolean single = last - n == 1;
                boolean bounded = PersonNameFinder.boundary(d, last) || d.mentionAt(last) != null;
                if (!single || Names.givenName(d, n) != null || bounded && Names.count(d, d.tok(n).key()) >= 2) {
                    nameFirst = n;
                    nameLast = last;
                }
            }
        }
        int start = d.mention(i, Math.max(k, r.last()), r.stripped(), EntityType.PERSON, null, null, "role").start();
        int end = d.tok(Math.max(k, r.last()) - 1).end();
        String title = d.article.text().substring(start, end);
        return new RolePhrase(i, Math.max(k, r.last()), start, end, word, title, affiliation, country, nameFirst, nameLast, definiteRole);
    }

    /**
     * «وزير الدفاع ورجل الأعمال …», «خادم الحرمين الشريفين ولولي عهده»: after a role, a word with the
     * conjunction و that is no known given name, followed by a definite or possessed noun, coordinates
     * a second noun phrase; it does not start the role holder's name.
     */
    static boolean coordinated(Doc d, int n) {
        String key = d.tok(n).key();
        if (!key.startsWith("و") || key.length() < 4 || Names.givenName(d, n) != null) return false;
        int next = n + 1;
        if (next >= d.size() || !d.isWord(next)) return false;
        String nk = d.tok(next).key();
        // a short possessed noun («عهده»), not a longer foreign surname ending in ه («وولفجانج شويبله»)
        return d.definite(next) || (nk.length() <= 5 && (nk.endsWith("ه") || nk.endsWith("ها") || nk.endsWith("هم")));
    }

    private static final String AFFAIRS = org.khabar.text.ArabicNormalizer.key("شؤون");
    private static final String AFFAIRS_2 = org.khabar.text.ArabicNormalizer.key("شئون");

    /** «مساعد وزير الدفاع لشؤون الأمن الدولي»: «for the affairs of» continues the role, it is no name. */
    static boolean affairsOf(Doc d, int n) {
        String key = d.tok(n).key();
        return key.length() == AFFAIRS.length() + 1 && key.charAt(0) == 'ل'
                && (key.startsWith(AFFAIRS, 1) || key.startsWith(AFFAIRS_2, 1));
    }

    /** The end (exclusive) of a name that starts at {@code first}: up to four more name words. */
    static int extend(Doc d, int first) {
        int k = first + 1;
        while (k < d.size() && k - first < 6) {
            boolean afterConnector = Names.CONNECTORS.contains(d.tok(k - 1).key());
            boolean ok = afterConnector ? d.isWord(k) && d.mentionAt(k) == null && d.stopword(k) == null
                    && !Character.isDigit(d.tok(k).key().charAt(0))
                    : Names.nameToken(d, k, true) && !d.tok(k).key().startsWith("و");
            if (!ok) break;
            if (!afterConnector && Names.verbForm(d, first, k)) break; // «خالد باسهل سينضم», «حمود يشعر»
            // «عادل بن زيد الطريفي»: a family name may close a بن-chain; «طارق العبد الجبار»: a compound عبد-name
            boolean chainEnd = k >= first + 2 && Names.CONNECTORS.contains(d.tok(k - 2).key()) && !d.definite(k - 1);
            boolean abdCompound = d.tok(k - 1).key().equals(ABD_DEF) && d.definite(k);
            if (abdCompound) { k++; continue; }
            if (d.definite(k) && k > first + 1 && !afterConnector && !chainEnd) break; // «كريم منصور التقارير»
            if (k > first + 1 && d.tok(k - 1).key().startsWith("ال") && !Names.CONNECTORS.contains(d.tok(k - 2).key())) break; // nothing after «الجبير»
            if (d.isWord(k) && d.definite(k) && adjectiveEnding(d.tok(k).key()) && k + 1 < d.size()
                    && !Names.nameToken(d, k + 1, true)) {
                // a trailing nisba-like word after a name is kept only when it looks like a family name
                if (d.lex.stopword(d.words.wordId(k)) != null) break;
            }
            k++;
        }
        while (k - 1 > first && Names.CONNECTORS.contains(d.tok(k - 1).key())) k--; // «فهد بن» is not a name
        return k;
    }

    /** «الأمير سلطان بن خالد»: a name never starts with بن/ابن/بنت (the word before it was the given name). */
    private static final java.util.Set<String> PATRONYMIC_START = java.util.Set.of(org.khabar.text.ArabicNormalizer.key("بن"),
            org.khabar.text.ArabicNormalizer.key("ابن"), org.khabar.text.ArabicNormalizer.key("بنت"));
    private static final String ABD_DEF = org.khabar.text.ArabicNormalizer.key("العبد");

    static boolean adjectiveEnding(String key) {
        return key.endsWith("ي") || key.endsWith("يا") || key.endsWith("ين") || key.endsWith("ون") || key.endsWith("ه");
    }

    /** The last organization before token {@code i}; {@code feminine} (باسمها / باسمه) must agree with its head when given. */
    private static Mention lastOrgBefore(Doc d, int i, Boolean feminine) {
        Mention any = null;
        for (int k = i - 1; k >= 0 && k > i - 80; k--) {
            Mention m = d.mentionAt(k);
            if (m == null || m.type() != EntityType.ORGANIZATION) continue;
            String head = d.tok(m.first()).text();
            boolean fem = head.endsWith("ة") || head.endsWith("ات");
            if (feminine == null || feminine == fem) return m;
            if (any == null) any = m;
            k = m.first();
        }
        return any;
    }
}
