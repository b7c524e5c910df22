package org.khabar.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Validates the curated gazetteer resources as plain files, independently of the loader code:
 * header, column counts, primary-name uniqueness, codes, Wikidata ids, kinds, Arabic-only Arabic
 * fields, coverage and minimum sizes. Every failure names the file and line.
 */
final class GazetteerFilesTest {

    private static final String DIR = "/org/khabar/lexicon/";
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    /** Arabic letters (script Arabic, category letter), space, hyphen, apostrophe. */
    private static final Pattern ARABIC_TEXT =
            Pattern.compile("[\\p{IsArabic}&&\\p{L}](?:[[\\p{IsArabic}&&\\p{L}] '\\-]*[\\p{IsArabic}&&\\p{L}])?");
    private static final Set<String> ISO_CODES = isoCodes();

    /** One data line of a gazetteer file. */
    private record Row(String file, int line, List<String> fields) {
        String where() {
            return file + ":" + line;
        }
    }

    @Test
    void countriesFileIsWellFormedAndCoversEveryIsoCode() throws IOException {
        List<Row> rows = read("countries.tsv", "iso2\tname_ar\tvariants_ar\tnisba_m\tname_en\twikidata");
        checkUniquePrimary(rows, 0);
        checkUniquePrimary(rows, 1);
        Set<String> covered = new HashSet<>();
        for (Row row : rows) {
            String code = row.fields().get(0);
            assertThat(ISO_CODES).as("%s: iso2 '%s' is not an ISO 3166 alpha-2 code", row.where(), code)
                    .contains(code);
            covered.add(code);
            checkArabicName(row, 1);
            checkArabicList(row, 2);
            checkArabicList(row, 3);
            assertThat(row.fields().get(4)).as("%s: name_en is empty", row.where()).isNotBlank();
            checkWikidata(row, 5);
        }
        Set<String> missing = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        missing.removeAll(covered);
        assertThat(missing).as("countries.tsv: ISO codes without a row").isEmpty();
        assertThat(rows.size()).as("countries.tsv: row count").isGreaterThanOrEqualTo(249);
    }

    @Test
    void placesFileIsWellFormed() throws IOException {
        List<Row> rows = read("places.tsv", "name_ar\tvariants_ar\tname_en\tkind\tcountry\twikidata");
        checkNamedEntityRows(rows, Set.of("capital", "city", "governorate", "region", "district", "site", "sea",
                "continent"), 3, 4, 5);
        assertThat(rows.size()).as("places.tsv: row count").isGreaterThanOrEqualTo(800);
    }

    @Test
    void organizationsFileIsWellFormed() throws IOException {
        List<Row> rows = read("organizations.tsv", "name_ar\tvariants_ar\tname_en\tkind\tcountry\twikidata");
        checkNamedEntityRows(rows, Set.of("international", "alliance", "agency", "outlet", "armed_group", "party",
                "state_body", "company", "ngo", "religious"), 3, 4, 5);
        assertThat(rows.size()).as("organizations.tsv: row count").isGreaterThanOrEqualTo(400);
    }

    @Test
    void personsFileIsWellFormed() throws IOException {
        List<Row> rows = read("persons.tsv", "name_ar\tvariants_ar\tname_en\tgender\trole_ar\tcountry\twikidata");
        checkNamedEntityRows(rows, Set.of("m", "f"), 3, 5, 6);
        for (Row row : rows) {
            if (!row.fields().get(4).isEmpty()) {
                checkArabicName(row, 4);
            }
        }
        assertThat(rows.size()).as("persons.tsv: row count").isGreaterThanOrEqualTo(400);
    }

    @Test
    void givenNamesFileIsWellFormed() throws IOException {
        List<Row> rows = read("given-names.tsv", "name_ar\tgender\torigin");
        checkUniquePrimary(rows, 0);
        Map<String, Integer> byOrigin = new HashMap<>();
        for (Row row : rows) {
            checkArabicName(row, 0);
            assertThat(row.fields().get(1)).as("%s: gender must be m, f or u", row.where())
                    .isIn("m", "f", "u");
            String origin = row.fields().get(2);
            assertThat(origin).as("%s: unknown origin", row.where())
                    .isIn("arabic", "foreign", "persian", "turkish", "kurdish");
            byOrigin.merge(origin, 1, Integer::sum);
        }
        assertThat(byOrigin.getOrDefault("arabic", 0)).as("given-names.tsv: arabic names")
                .isGreaterThanOrEqualTo(600);
        int nonArabic = rows.size() - byOrigin.getOrDefault("arabic", 0);
        assertThat(nonArabic).as("given-names.tsv: foreign/persian/turkish/kurdish names")
                .isGreaterThanOrEqualTo(400);
    }

    @Test
    void everyNameAndVariantPointsToOneRowPerFile() throws IOException {
        for (String[] spec : new String[][] {
                {"countries.tsv", "iso2\tname_ar\tvariants_ar\tnisba_m\tname_en\twikidata", "1", "2"},
                {"places.tsv", "name_ar\tvariants_ar\tname_en\tkind\tcountry\twikidata", "0", "1"},
                {"organizations.tsv", "name_ar\tvariants_ar\tname_en\tkind\tcountry\twikidata", "0", "1"},
                {"persons.tsv", "name_ar\tvariants_ar\tname_en\tgender\trole_ar\tcountry\twikidata", "0", "1"}}) {
            int nameColumn = Integer.parseInt(spec[2]);
            int variantColumn = Integer.parseInt(spec[3]);
            Map<String, Row> owner = new HashMap<>();
            for (Row row : read(spec[0], spec[1])) {
                Set<String> own = new HashSet<>();
                own.add(row.fields().get(nameColumn));
                String variants = row.fields().get(variantColumn);
                if (!variants.isEmpty()) {
                    for (String v : variants.split("\\|")) {
                        assertThat(own.add(v)).as("%s: variant '%s' repeats the name or another variant of the row",
                                row.where(), v).isTrue();
                    }
                }
                for (String name : own) {
                    Row first = owner.putIfAbsent(name, row);
                    assertThat(first).as("%s: '%s' is already a name or variant of %s (ambiguous within the file)",
                            row.where(), name, first == null ? "" : first.where()).isNull();
                }
            }
        }
    }

    @Test
    void everyFileStartsWithAVersionComment() throws IOException {
        for (String file : List.of("countries.tsv", "places.tsv", "organizations.tsv", "persons.tsv",
                "given-names.tsv")) {
            List<String> lines = lines(file);
            assertThat(lines).as("%s is empty", file).isNotEmpty();
            assertThat(lines.get(0)).as("%s:1 must be the '# version: N' comment", file)
                    .matches("# version: [1-9][0-9]*");
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static void checkNamedEntityRows(List<Row> rows, Set<String> kinds, int kindColumn, int countryColumn,
            int wikidataColumn) {
        checkUniquePrimary(rows, 0);
        for (Row row : rows) {
            checkArabicName(row, 0);
            checkArabicList(row, 1);
            assertThat(row.fields().get(2)).as("%s: name_en is empty", row.where()).isNotBlank();
            assertThat(row.fields().get(kindColumn)).as("%s: value not in %s", row.where(), new TreeSet<>(kinds))
                    .isIn(kinds);
            String country = row.fields().get(countryColumn);
            if (!country.isEmpty()) {
                assertThat(ISO_CODES).as("%s: country '%s' is not an ISO 3166 alpha-2 code", row.where(), country)
                        .contains(country);
            }
            checkWikidata(row, wikidataColumn);
        }
    }

    private static void checkUniquePrimary(List<Row> rows, int column) {
        Map<String, Row> seen = new HashMap<>();
        for (Row row : rows) {
            String key = row.fields().get(column);
            Row first = seen.putIfAbsent(key, row);
            assertThat(first).as("%s: duplicate primary value '%s' (first at %s)", row.where(), key,
                    first == null ? "" : first.where()).isNull();
        }
    }

    private static void checkArabicName(Row row, int column) {
        String value = row.fields().get(column);
        assertThat(value).as("%s: column %d must be non-empty Arabic text without Latin, digits or"
                + " punctuation: '%s'", row.where(), column + 1, value).matches(ARABIC_TEXT);
    }

    private static void checkArabicList(Row row, int column) {
        String value = row.fields().get(column);
        if (value.isEmpty()) {
            return;
        }
        for (String item : value.split("\\|", -1)) {
            assertThat(item).as("%s: column %d item '%s' must be Arabic text (no Latin, digits, empty items)",
                    row.where(), column + 1, item).matches(ARABIC_TEXT);
        }
    }

    private static void checkWikidata(Row row, int column) {
        String value = row.fields().get(column);
        if (!value.isEmpty()) {
            assertThat(value).as("%s: wikidata '%s' must look like Q123", row.where(), value).matches(WIKIDATA);
        }
    }

    private static List<Row> read(String file, String header) throws IOException {
        List<String> lines = lines(file);
        int columns = header.split("\t", -1).length;
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                assertThat(line).as("%s:%d: first non-comment line must be the header", file, lineNo)
                        .isEqualTo(header);
                headerSeen = true;
                continue;
            }
            assertThat(line).as("%s:%d: empty line (use '#' for spacing comments)", file, lineNo).isNotBlank();
            assertThat(line).as("%s:%d: stray carriage return", file, lineNo).doesNotContain("\r");
            List<String> fields = Arrays.asList(line.split("\t", -1));
            assertThat(fields).as("%s:%d: expected %d tab-separated columns", file, lineNo, columns)
                    .hasSize(columns);
            for (int c = 0; c < fields.size(); c++) {
                assertThat(fields.get(c)).as("%s:%d: column %d has leading/trailing spaces", file, lineNo, c + 1)
                        .isEqualTo(fields.get(c).strip());
            }
            assertThat(fields.get(0)).as("%s:%d: empty primary name", file, lineNo).isNotBlank();
            rows.add(new Row(file, lineNo, fields));
        }
        assertThat(headerSeen).as("%s: no header line", file).isTrue();
        return rows;
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = GazetteerFilesTest.class.getResourceAsStream(DIR + file)) {
            assertThat(in).as("resource %s%s is missing", DIR, file).isNotNull();
            byte[] bytes = in.readAllBytes();
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError(file + " is not valid UTF-8", e);
            }
            assertThat(text).as("%s must not start with a BOM", file).doesNotStartWith("\uFEFF");
            return text.lines().toList();
        }
    }

    private static Set<String> isoCodes() {
        Set<String> codes = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
