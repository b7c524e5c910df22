package org.khabar.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.khabar.text.ArabicNormalizer;

/** {@link Ids#hashed} against the SHA-256 and hex formatting of the JDK, name by name and across threads. */
class HashedIdsTest {
    private static String reference(String prefix, String name) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(ArabicNormalizer.key(name).getBytes(StandardCharsets.UTF_8));
        return prefix + ":" + HexFormat.of().formatHex(d).substring(0, 12);
    }

    private static final List<String> NAMES = List.of("سيرغي لافروف", "سيرجي لافروف", "عادل الجبير", "", "x", "وزارة الخارجية",
            "Lavrov", "مُحَمَّد بن سلمان", "٢٠١٥", "الـــرياض", "\uD83D\uDE00 name");

    @Test
    void idsAreTheFirst12HexDigitsOfTheSha256OfTheKey() throws Exception {
        for (String prefix : List.of("person", "org", "place")) {
            for (String name : NAMES) assertThat(Ids.hashed(prefix, name)).as(name).isEqualTo(reference(prefix, name));
        }
        assertThat(Ids.hashed("person", "سيرغي لافروف")).isEqualTo(Ids.hashed("person", "سيرجي لافروف")).matches("person:[0-9a-f]{12}");
    }

    @Test
    void threadsGetTheSameIds() {
        ConcurrentHashMap<String, String> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 2000).parallel().forEach(i -> {
            String name = NAMES.get(i % NAMES.size()) + (i % 7);
            String id = Ids.hashed("person", name);
            String before = seen.putIfAbsent(name, id);
            if (before != null) assertThat(id).isEqualTo(before);
        });
        seen.forEach((name, id) -> {
            try {
                assertThat(id).isEqualTo(reference("person", name));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
