package org.khabar.neo4j;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * Values read through Neo4j's Java API as the driver gives them over Bolt, so that both ways to
 * the store hand on the same values: list properties come from the Java API as arrays, over Bolt
 * as lists; integers are {@code Long}, floats {@code Double}.
 */
public final class PlainValues {
    private PlainValues() {}

    public static Object of(Object v) {
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object e : l) out.add(of(e));
            return out;
        }
        if (v != null && v.getClass().isArray()) {
            int n = Array.getLength(v);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(of(Array.get(v, i)));
            return out;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof Float f) return f.doubleValue();
        return v;
    }
}
