package org.khabar.lexicon;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Every word key the lexicons know, numbered from 0: first and later words of all phrases, given
 * names, stop words, speech cues, organization adjectives. A document's tokens are looked up here
 * once ({@link Words}); after that every dictionary test is an array access by id. Immutable.
 */
public final class Vocabulary {
    /** The id of a key no lexicon knows. */
    public static final int NONE = -1;

    private final Map<String, Integer> ids;

    private Vocabulary(Map<String, Integer> ids) { this.ids = ids; }

    static Vocabulary of(Collection<String> keys) {
        Map<String, Integer> ids = new HashMap<>(keys.size() * 2);
        for (String k : keys) ids.putIfAbsent(k, ids.size());
        return new Vocabulary(ids);
    }

    /** The id of a word key, or {@link #NONE}. */
    public int id(String key) {
        Integer id = ids.get(key);
        return id == null ? NONE : id;
    }

    public int size() { return ids.size(); }
}
