package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Key/value labels carried to every cloud resource (tags on Azure, labels elsewhere). The
 * {@code data-class} label classifies data, e.g. {@code data-class=health}.
 */
public record Labels(Map<String, String> values) {
    public static final String DATA_CLASS = "data-class";
    public static final Labels NONE = new Labels(Map.of());
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_.-]{0,62}");
    private static final Pattern VALUE = Pattern.compile("[a-zA-Z0-9_.:/ -]{0,256}");

    public Labels {
        TreeMap<String, String> sorted = new TreeMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                if (k == null || !KEY.matcher(k).matches()) {
                    throw new SpecException("label key '" + k + "' is invalid: use lower-case letters, digits, '-', '_' or '.', starting with a letter");
                }
                if (v == null || !VALUE.matcher(v).matches()) {
                    throw new SpecException("label '" + k + "' has an invalid value '" + v + "': use letters, digits, spaces and _.:/- (max 256)");
                }
                sorted.put(k, v);
            });
        }
        values = Collections.unmodifiableMap(sorted);
    }

    @JsonCreator
    public static Labels of(Map<String, String> values) {
        return new Labels(values);
    }

    public static Labels of(String key, String value) {
        return new Labels(Map.of(key, value));
    }

    public static Labels dataClass(String dataClass) {
        return of(DATA_CLASS, dataClass);
    }

    public Labels with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new Labels(copy);
    }

    public Labels merge(Labels other) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.putAll(other.values);
        return new Labels(copy);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @JsonValue
    public Map<String, String> asMap() {
        return values;
    }
}
