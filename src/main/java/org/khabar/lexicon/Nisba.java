package org.khabar.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the forms of a nisba adjective from its masculine singular: روسي → روسية، روسيان،
 * روسيتان، روسيون، روسيين، روسيتين، and each with the article (الروسي، الروسية، ...).
 */
public final class Nisba {
    private Nisba() {}

    public static List<String> forms(String masculine) {
        String m = masculine.strip();
        if (m.startsWith("ال") && m.length() > 4) m = m.substring(2);
        List<String> out = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        bare.add(m);
        if (m.endsWith("ي")) {
            for (String s : new String[]{"ة", "ون", "ين", "ان", "تان", "تين", "ات"}) bare.add(m + s);
        }
        for (String b : bare) {
            out.add(b);
            out.add("ال" + b);
        }
        return out;
    }
}
