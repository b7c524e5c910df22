package org.khabar.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Publication dates in ISO form: {@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm:ss} or with an offset.
 *
 * <pre>{@code
 * Dates.normalize("2015-07-21 10:33:00")   // "2015-07-21T10:33:00"
 * Dates.normalize("٢١/٠٧/٢٠١٥")             // "2015-07-21"
 * Dates.normalize("soon")                  // null
 * }</pre>
 */
public final class Dates {
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            f("yyyy-MM-dd HH:mm:ss"), f("yyyy-MM-dd HH:mm"), f("yyyy/MM/dd HH:mm:ss"), f("yyyy/MM/dd HH:mm"),
            f("yyyy-MM-dd'T'HH:mm:ss.SSS"), f("yyyy-MM-dd HH:mm:ss.SSS"));
    private static final List<DateTimeFormatter> DATES = List.of(
            f("yyyy/MM/dd"), f("yyyy.MM.dd"), f("dd/MM/yyyy"), f("dd-MM-yyyy"), f("dd.MM.yyyy"), f("yyyyMMdd"));

    private Dates() {}

    private static DateTimeFormatter f(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
                .withResolverStyle(java.time.format.ResolverStyle.SMART);
    }

    /** The ISO form of a date or date-time, or null when the value is blank or not understood. */
    public static String normalize(String value) {
        if (value == null || value.isBlank()) return null;
        String v = asciiDigits(value.strip());
        try { return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE).toString(); } catch (DateTimeParseException e) { /* next */ }
        try { return LocalDateTime.parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME).format(ISO_SECONDS); } catch (DateTimeParseException e) { /* next */ }
        try { return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).format(ISO_OFFSET_SECONDS); } catch (DateTimeParseException e) { /* next */ }
        try { return OffsetDateTime.parse(v.replace(' ', 'T'), DateTimeFormatter.ISO_OFFSET_DATE_TIME).format(ISO_OFFSET_SECONDS); } catch (DateTimeParseException e) { /* next */ }
        try { return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().format(ISO_OFFSET_SECONDS); } catch (DateTimeParseException e) { /* next */ }
        for (DateTimeFormatter fmt : DATE_TIMES) {
            try { return LocalDateTime.parse(v, fmt).format(ISO_SECONDS); } catch (DateTimeParseException e) { /* next */ }
        }
        for (DateTimeFormatter fmt : DATES) {
            try { return LocalDate.parse(v, fmt).toString(); } catch (DateTimeParseException e) { /* next */ }
        }
        return null;
    }

    private static final DateTimeFormatter ISO_SECONDS = f("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter ISO_OFFSET_SECONDS = f("yyyy-MM-dd'T'HH:mm:ssXXX");

    /** Arabic-Indic and Persian digits to ASCII; other characters unchanged. */
    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') b.append((char) ('0' + c - '\u0660'));
            else if (c >= '\u06F0' && c <= '\u06F9') b.append((char) ('0' + c - '\u06F0'));
            else b.append(c);
        }
        return b.toString();
    }
}
