package org.khabar.graph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.khabar.text.ArabicNormalizer;

/**
 * Spelling-variant keys of Arabic names: two spellings of one name get the same key.
 *
 * <pre>{@code
 * NameVariants v = NameVariants.with(token -> false);
 * v.tokens("سيرجى لافروف").equals(v.tokens("سيرغي لافروف"))   // true
 * v.tokens("عبد الله").equals(v.tokens("عبدالله"))              // true: one token
 * }</pre>
 *
 * <p>Every token: the character folding of {@link ArabicNormalizer#fold} (hamza forms, ة/ه,
 * ى/ي, ج/غ, diacritics, tatweel), lone hamza «ء» dropped, doubled letters collapsed (not digits);
 * «عبد» and «أبو» bind to the next word («عبد الله» = «عبدالله»), «ابن» is «بن». A word that is
 * not a known native given name (the {@code nativeName} predicate, on the folded word), has no
 * «ال» and is no «عبد»/«أبو» compound is treated as a transliteration: the foreign «g» (غ ق ك),
 * «t» (ت ط) and «s» (س ص) are one letter each and long vowels (ا و ي) inside the word are
 * optional («ميركيل» = «ميركل», «بوتين» = «بوتن»). Native words keep their vowels and consonants,
 * so «محمد» and «محمود», «كريم» and «كرم», «الحربي» and «الحريبي» stay apart, and «ال» is never
 * optional: «محمد خالد» (son of Khalid) is not «محمد الخالد».
 */
public final class NameVariants {
    /** «بن», «بنت»: name connectors, never a transliterated word («بنيان» is not «بن»). */
    static final java.util.Set<String> CONNECTORS = java.util.Set.of("بن", "بنت");

    private final Predicate<String> nativeName;

    private NameVariants(Predicate<String> nativeName) {
        this.nativeName = nativeName;
    }

    /**
     * @param nativeName true for a folded token that is a known native (Arabic, Persian, Turkish,
     *                   Kurdish) given name, whose vowels and consonants are kept as written
     */
    public static NameVariants with(Predicate<String> nativeName) {
        return new NameVariants(Objects.requireNonNull(nativeName, "nativeName"));
    }

    /** The folded words of a name, compounds bound («عبد الله» is one word «عبدالله»); no keys yet. */
    public static List<String> words(String name) {
        String[] raw = ArabicNormalizer.fold(name).replace("ء", "").strip().split("[\\s\\u00A0\\-ـ]+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String w = raw[i];
            if (w.isEmpty()) continue;
            if (w.equals("ابن")) w = "بن";
            if ((w.equals("عبد") || w.equals("ابو")) && i + 1 < raw.length) w = w + raw[++i];
            out.add(w);
        }
        return out;
    }

    /** The variant key of every word of a name, in order. */
    public List<String> tokens(String name) {
        List<String> words = words(name);
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) out.add(token(words.get(i)));
        return out;
    }

    /** The key of a whole name: its token keys joined by a space. */
    public String key(String name) {
        return String.join(" ", tokens(name));
    }

    /**
     * The variant key of one folded word. A transliterated word's key starts with {@code ~}, so it
     * never equals the key of a native word («حسون» is not «حسن»).
     */
    public String token(String word) {
        String w = word;
        boolean foreign = !nativeName.test(w) && !CONNECTORS.contains(w) && !w.startsWith("ال") && !w.startsWith("عبد") && !w.startsWith("ابو")
                && w.chars().noneMatch(Character::isDigit);
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (foreign) {
                c = switch (c) {
                    case 'ق', 'ك' -> 'غ';
                    case 'ط' -> 'ت';
                    case 'ص' -> 'س';
                    default -> c;
                };
                boolean vowel = c == 'ا' || c == 'و' || c == 'ي';
                if (vowel && i > 0 && i < w.length() - 1) continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == c && !Character.isDigit(c)) continue;
            b.append(c);
        }
        return foreign ? "~" + b : b.toString();
    }
}
