package org.khabar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Proclitic stripping for dictionary lookup: و ف ب ل ك, their combinations, and «لل» (ل + ال).
 * Candidates come whole word first; a caller accepts a stripped candidate only on a dictionary
 * hit, so a letter that belongs to a name («لافروف», «بوتين») is never lost. Never stems.
 */
public final class Clitics {
    private static final String[] PREFIXES = {"وبال", "وكال", "فبال", "ولل", "فلل", "وب", "ول", "وك", "فب", "فل", "فك",
            "بال", "كال", "لل", "و", "ف", "ب", "ل", "ك"};

    /** {@link #PREFIXES} by their first letter, in the same order: a key is tested only against those it may start with. */
    private static final java.util.Map<Character, String[]> BY_FIRST = java.util.Arrays.stream(PREFIXES)
            .collect(java.util.stream.Collectors.groupingBy(p -> p.charAt(0),
                    java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> l.toArray(new String[0]))));
    private static final String[] WA = BY_FIRST.get('و');
    private static final String[] FA = BY_FIRST.get('ف');
    private static final String[] BA = BY_FIRST.get('ب');
    private static final String[] LA = BY_FIRST.get('ل');
    private static final String[] KA = BY_FIRST.get('ك');

    private Clitics() {}

    /** A lookup candidate: the key without its proclitics, and how many key characters were removed. */
    public record Candidate(String key, int stripped) {}

    /** The whole key, then each stripped form whose rest keeps at least two letters; «لل»/«بال» restore «ال». */
    public static List<Candidate> candidates(String key) {
        if (!mayStrip(key)) return List.of(new Candidate(key, 0));
        List<Candidate> out = new ArrayList<>(4);
        candidates(key, (from, article, stripped) ->
                out.add(new Candidate(article ? "ال" + key.substring(from) : key.substring(from), stripped)));
        return out;
    }

    /**
     * Receives the candidates of a key as positions in it, so that a caller can look them up
     * without cutting a string for each ({@link org.khabar.lexicon.Words} does so for every token).
     */
    @FunctionalInterface
    public interface Sink {
        /**
         * A candidate: {@code key.substring(from)}, with «ال» in front when {@code article}.
         *
         * @param stripped how many key characters the candidate removes from the token
         */
        void candidate(int from, boolean article, int stripped);
    }

    /** The same candidates as {@link #candidates(String)}, in the same order, as positions in {@code key}. */
    public static void candidates(String key, Sink sink) {
        sink.candidate(0, false, 0);
        if (mayStrip(key)) stripped(key, sink);
    }

    /** {@link #candidates(String, Sink)} without the whole key, for a key that {@link #mayStrip}. */
    public static void stripped(String key, Sink sink) {
        String[] prefixes = switch (key.charAt(0)) {
            case 'و' -> WA;
            case 'ف' -> FA;
            case 'ب' -> BA;
            case 'ل' -> LA;
            default -> KA;
        };
        for (String p : prefixes) {
            if (key.length() - p.length() < 2 || !key.startsWith(p)) continue;
            if (p.endsWith("لل")) {
                // the surface keeps «لل» («للواء 168»): a form the article really wrote
                sink.candidate(p.length(), true, p.length() - 2);
                sink.candidate(p.length() - 1, false, p.length() - 2);
            } else if (p.endsWith("ال")) {
                sink.candidate(p.length() - 2, false, p.length() - 2);
            } else {
                sink.candidate(p.length(), false, p.length());
            }
        }
    }

    /** False when {@link #candidates} has only the whole key: every prefix starts with و ف ب ل ك and leaves two letters. */
    public static boolean mayStrip(String key) {
        return !key.isEmpty() && mayStrip(key.charAt(0), key.length());
    }

    /** {@link #mayStrip(String)} of a key of {@code length} characters that starts with {@code first}. */
    public static boolean mayStrip(char first, int length) {
        return length >= 3 && (isProclitic(first) || first == 'ك');
    }

    /** One of the one-letter proclitics و ف ب ل. */
    public static boolean isProclitic(char c) {
        return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل';
    }

    /** The definite article removed («الروسي» → «روسي»), or null when there is none. */
    public static String withoutArticle(String key) {
        return key.startsWith("ال") && key.length() >= 4 ? key.substring(2) : null;
    }

    /**
     * Maps a count of stripped key characters back to a surface offset: key characters skip the
     * ignorable marks (diacritics, tatweel) of the surface text.
     */
    public static int surfaceOffset(String surface, int keyChars) {
        int seen = 0;
        int i = 0;
        while (i < surface.length() && seen < keyChars) {
            if (!ArabicNormalizer.isIgnorable(surface.charAt(i))) seen++;
            i++;
        }
        while (i < surface.length() && ArabicNormalizer.isIgnorable(surface.charAt(i))) i++;
        return i;
    }
}
