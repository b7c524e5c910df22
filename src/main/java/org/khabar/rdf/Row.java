package org.khabar.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of an export query, by column name: plain Java values as {@link GraphRows} hands them
 * over. A value of another type than the exporter expects means the store was not written by this
 * khabar; the message says so.
 */
record Row(Map<String, Integer> columns, Object[] values) {
    /** A string column; null when null or absent. */
    String str(String key) {
        Object v = get(key);
        if (v == null || v instanceof String) return (String) v;
        throw wrongType(key, v, "a string");
    }

    /** An integer column; null when null or absent. */
    Long lng(String key) {
        Object v = get(key);
        if (v == null || v instanceof Long) return (Long) v;
        throw wrongType(key, v, "an integer");
    }

    /** A number column as a double; null when null or absent. */
    Double dbl(String key) {
        Object v = get(key);
        if (v == null) return null;
        if (v instanceof Number n) return n.doubleValue();
        throw wrongType(key, v, "a number");
    }

    /** A list of strings, null elements left out, in the list's order; empty when null. A new, mutable list. */
    List<String> strings(String key) {
        List<?> l = list(key, get(key));
        List<String> out = new ArrayList<>(l.size());
        for (Object e : l) {
            if (e == null) continue;
            if (!(e instanceof String s)) throw wrongType(key, e, "a list of strings");
            out.add(s);
        }
        return out;
    }

    /** A list of {@code [type, uri]} pairs of strings (either may be null); empty when null. */
    List<String[]> pairs(String key) {
        List<?> l = list(key, get(key));
        List<String[]> out = new ArrayList<>(l.size());
        for (Object e : l) {
            List<?> p = list(key, e);
            if (p.size() != 2 || !(p.get(0) == null || p.get(0) instanceof String) || !(p.get(1) == null || p.get(1) instanceof String)) {
                throw wrongType(key, e, "a list of [type, uri] pairs");
            }
            out.add(new String[] {(String) p.get(0), (String) p.get(1)});
        }
        return out;
    }

    private Object get(String key) {
        Integer i = columns.get(key);
        return i == null ? null : values[i];
    }

    private static List<?> list(String key, Object v) {
        if (v == null) return List.of();
        if (v instanceof List<?> l) return l;
        throw wrongType(key, v, "a list");
    }

    private static IllegalStateException wrongType(String key, Object value, String expected) {
        return new IllegalStateException("column '" + key + "' of an export query is " + value.getClass().getSimpleName()
                + " '" + value + "', expected " + expected + "; was the graph written by another khabar version?"
                + " reload it with khabar load");
    }
}
