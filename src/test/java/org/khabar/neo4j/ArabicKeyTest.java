package org.khabar.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicKeyTest {
    @Test
    void removesDiacriticsTatweelAndMarks() {
        assertThat(ArabicKey.of("سُورِيَّة")).isEqualTo("سوريه");
        assertThat(ArabicKey.of("لافـــروف")).isEqualTo("لافروف");
        assertThat(ArabicKey.of("\u200Fلافروف\u200C")).isEqualTo("لافروف");
    }

    @Test
    void unifiesAlefHamzaYaAndTaMarbuta() {
        assertThat(ArabicKey.of("أحمد إبراهيم آل")).isEqualTo("احمد ابراهيم ال");
        assertThat(ArabicKey.of("مؤتمر رئيس مصطفى")).isEqualTo("موتمر رييس مصطفي");
        assertThat(ArabicKey.of("الحكومة")).isEqualTo("الحكومه");
    }

    @Test
    void digitsAndSpaces() {
        assertThat(ArabicKey.of("  قرار \t ٢٢٥٤\n")).isEqualTo("قرار 2254");
        assertThat(ArabicKey.of("۱۲")).isEqualTo("12");
        assertThat(ArabicKey.of(null)).isNull();
        assertThat(ArabicKey.of("")).isEmpty();
    }
}
