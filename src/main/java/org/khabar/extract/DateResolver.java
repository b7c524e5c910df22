package org.khabar.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.khabar.lexicon.Lexicon;
import org.khabar.lexicon.PhraseIndex;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.Token;

/**
 * Finds the first date expression in a token range and resolves it against the publication date:
 * «6 كانون الأول», «30 يونيو 2012», «12 رمضان 1436», «أمس», «الجمعة», «الأسبوع المقبل». The ISO
 * value is null when it cannot be known (no publication date, Hijri date without year); the
 * original words are always kept.
 */
final class DateResolver {
    /** A date expression: nullable ISO value ({@code 2015-12-06}, {@code 2015-12}, {@code 2015-W50}) and its words. */
    record DateRef(String iso, String text, int start, int end) {}

    private static final String WEEK = ArabicNormalizer.key("الأسبوع");
    private static final String MONTH = ArabicNormalizer.key("الشهر");
    private static final String NEXT = ArabicNormalizer.key("المقبل");
    private static final String NEXT2 = ArabicNormalizer.key("القادم");
    private static final String PAST = ArabicNormalizer.key("الماضي");

    private DateResolver() {}

    static LocalDate published(String p) {
        if (p == null || p.length() < 10) return null;
        try {
            return LocalDate.parse(p.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The tokens a date is looked for in, and whether a weekday is taken forward: what {@link #find} depends on. */
    record Range(int from, int to, boolean future) {}

    /**
     * The first date expression in tokens {@code [from, to)}, or null. Asked once per range and
     * document: the speech acts, meetings and events of one sentence ask for the same range.
     */
    static DateRef find(Doc d, int from, int to, boolean future) {
        return d.dates.computeIfAbsent(new Range(from, to, future), r -> java.util.Optional.ofNullable(scan(d, from, to, future)))
                .orElse(null);
    }

    private static DateRef scan(Doc d, int from, int to, boolean future) {
        LocalDate pub = d.published();
        for (int i = from; i < to; i++) {
            if (!d.isWord(i)) continue;
            Token t = d.tok(i);
            Integer day = number(t.key());
            if (day != null && day >= 1 && day <= 31) {
                int j = i + 1;
                if (j < to && d.tok(j).key().equals("من")) j++;
                PhraseIndex.Match<Lexicon.Month> m = j < to ? d.lex.months().match(d.words, j, true) : null;
                if (m != null) {
                    int end = m.last();
                    Integer year = null;
                    if (end < to && number(d.tok(end).key()) != null && number(d.tok(end).key()) > 1000) {
                        year = number(d.tok(end).key());
                        end++;
                    }
                    return new DateRef(dayIso(day, m.value(), year, pub), text(d, i, end), d.tok(i).start(), d.tok(end - 1).end());
                }
            }
            PhraseIndex.Match<Lexicon.Month> m = d.lex.months().match(d.words, i, true);
            if (m != null && m.last() < to && number(d.tok(m.last()).key()) != null && number(d.tok(m.last()).key()) > 1000
                    && !m.value().hijri()) {
                int y = number(d.tok(m.last()).key());
                return new DateRef(yearAnd(y, "-", m.value().month()), text(d, i, m.last() + 1),
                        d.tok(i).start(), d.tok(m.last()).end());
            }
            PhraseIndex.Match<Lexicon.Day> dm = d.lex.days().match(d.words, i, true);
            if (dm != null) {
                Lexicon.Day dd = dm.value();
                String iso = null;
                if (pub != null) {
                    if (dd.offset() != null) iso = pub.plusDays(dd.offset()).toString();
                    else {
                        DayOfWeek w = DayOfWeek.of(dd.dow());
                        iso = (future ? pub.with(TemporalAdjusters.nextOrSame(w)) : pub.with(TemporalAdjusters.previousOrSame(w))).toString();
                    }
                }
                return new DateRef(iso, text(d, i, dm.last()), d.tok(i).start(), d.tok(dm.last() - 1).end());
            }
            String k = stripConj(t.key());
            if ((k.equals(WEEK) || k.equals(MONTH)) && i + 1 < to) {
                String n = d.tok(i + 1).key();
                int dir = n.equals(NEXT) || n.equals(NEXT2) ? 1 : n.equals(PAST) ? -1 : 0;
                if (dir != 0) {
                    String iso = null;
                    if (pub != null) {
                        if (k.equals(WEEK)) {
                            LocalDate w = pub.plusWeeks(dir);
                            iso = yearAnd(w.get(IsoFields.WEEK_BASED_YEAR), "-W", w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                        } else {
                            LocalDate mo = pub.plusMonths(dir);
                            iso = yearAnd(mo.getYear(), "-", mo.getMonthValue());
                        }
                    }
                    return new DateRef(iso, text(d, i, i + 2), d.tok(i).start(), d.tok(i + 1).end());
                }
            }
        }
        return null;
    }

    /** {@code String.format(Locale.ROOT, "%04d" + sep + "%02d", year, n)}, without the formatter for the usual values. */
    static String yearAnd(int year, String sep, int n) {
        if (year < 0 || year > 9999 || n < 0 || n > 99) return String.format(Locale.ROOT, "%04d" + sep + "%02d", year, n);
        StringBuilder b = new StringBuilder(8 + sep.length());
        if (year < 1000) b.append('0');
        if (year < 100) b.append('0');
        if (year < 10) b.append('0');
        b.append(year).append(sep);
        if (n < 10) b.append('0');
        return b.append(n).toString();
    }

    private static String stripConj(String k) {
        return k.startsWith("وال") || k.startsWith("فال") ? k.substring(1) : k;
    }

    private static String dayIso(int day, Lexicon.Month m, Integer year, LocalDate pub) {
        try {
            if (m.hijri()) {
                if (year == null) return null;
                return LocalDate.from(HijrahDate.of(year, m.month(), day)).toString();
            }
            int y;
            if (year != null) y = year;
            else if (pub != null) {
                y = pub.getYear();
                // a month far after the publication month is last year's («كانون الأول» in January)
                if (m.month() - pub.getMonthValue() > 6) y--;
                else if (pub.getMonthValue() - m.month() > 6) y++;
            } else return null;
            return LocalDate.of(y, m.month(), day).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Integer number(String key) {
        if (key.isEmpty() || key.length() > 4) return null;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) < '0' || key.charAt(i) > '9') return null;
        return Integer.parseInt(key);
    }

    private static String text(Doc d, int first, int last) {
        return d.article.text().substring(d.tok(first).start(), d.tok(last - 1).end());
    }
}
