package dev.pont.providers.s3ns;

import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.Labels;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Neutral labels as GCP labels: keys and values of lower-case letters, digits, {@code _} and
 * {@code -}, at most 63 characters. Labels that already comply pass unchanged; any other is
 * rewritten the same way every time and the rewrite is declared, since a filter on the original
 * value would no longer match.
 */
final class GcpLabels {
    private static final int MAX = 63;

    private GcpLabels() {}

    static Map<String, String> of(Scope scope, Labels labels) {
        Map<String, String> out = new TreeMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : labels.asMap().entrySet()) {
            String key = key(e.getKey());
            String value = value(e.getValue());
            String earlier = from.put(key, e.getKey());
            if (earlier != null) {
                throw scope.error("labels '" + earlier + "' and '" + e.getKey() + "' both become GCP label '" + key
                        + "': rename one of them");
            }
            if (!key.equals(e.getKey()) || !value.equals(e.getValue())) {
                scope.degraded("label " + e.getKey() + "=" + e.getValue() + " is written " + key + "=" + value
                        + ": GCP labels take lower-case letters, digits, '_' and '-' only, at most " + MAX + " characters");
            }
            out.put(key, value);
        }
        return out;
    }

    static String key(String key) {
        return key.replace('.', '_');
    }

    static String value(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        if (v.length() > MAX) {
            v = v.substring(0, MAX - 9) + "-" + GcpNames.hash(value, 8);
        }
        return v;
    }
}
