package org.khabar.text;

import java.util.List;
import java.util.Set;

/**
 * Page furniture that is not article text: comment prompts, back-to-top buttons, share and print
 * widgets. A line whose words all belong to such a phrase is ignored (its offsets are untouched).
 */
public final class Boilerplate {
    private static final Set<String> LINES = Set.of(
            "اترك تعليقا", "اترك تعليقاً", "زر الذهاب إلى الأعلى", "الذهاب إلى الأعلى", "شارك", "شارك هذا",
            "مشاركة", "طباعة", "اطبع", "أرسل لصديق", "إرسال لصديق", "شارك على فيسبوك", "شارك على تويتر",
            "فيسبوك تويتر", "واتساب", "تويتر", "فيسبوك", "تيليجرام", "لينكدإن", "البريد الإلكتروني",
            "اقرأ أيضا", "اقرأ أيضاً", "المزيد", "إقرأ المزيد", "اضغط هنا", "تابعونا على", "أضف تعليق",
            "أضف تعليقاً", "التعليقات", "مقالات ذات صلة", "أخبار ذات صلة", "ذات صلة", "إغلاق", "تعليقات");
    private static final Set<String> KEYS = LINES.stream().map(ArabicNormalizer::key)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Boilerplate() {}

    /** Marks the tokens of boilerplate lines, given the line breaks before each token ({@link Tokenizer.Scan}); one flag per token. */
    static boolean[] mark(List<Token> tokens, byte[] breaks) {
        boolean[] skipped = new boolean[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            int lineStart = i;
            int j = i + 1;
            while (j < tokens.size() && (breaks[j] & Tokenizer.NEWLINE) == 0) j++;
            if (j - lineStart <= 8 && isBoilerplate(tokens.subList(lineStart, j))) {
                for (int k = lineStart; k < j; k++) skipped[k] = true;
            }
            i = j;
        }
        return skipped;
    }

    private static boolean isBoilerplate(List<Token> line) {
        StringBuilder b = new StringBuilder();
        for (Token t : line) {
            if (!t.word()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(t.key());
        }
        return b.length() > 0 && KEYS.contains(b.toString());
    }
}
