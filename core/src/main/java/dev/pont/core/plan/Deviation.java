package dev.pont.core.plan;

import java.util.List;

/**
 * What an adapter declares when a target cannot realise a resource as asked: the grade and
 * the reasons, in a platform engineer's words. Deviations are data: they flow into previews,
 * conformance and audits. {@code properties} names the neutral properties (fact keys such as
 * {@code keyCustody}) the deviation covers; empty means the whole resource.
 */
public record Deviation(String resource, String target, Grade grade, List<String> reasons, List<String> properties) {
    public Deviation {
        reasons = List.copyOf(reasons);
        properties = properties == null ? List.of() : properties.stream().sorted().distinct().toList();
    }

    public Deviation(String resource, String target, Grade grade, List<String> reasons) {
        this(resource, target, grade, reasons, List.of());
    }

    /** Whether a difference on this neutral property is one the adapter declared. */
    public boolean covers(String property) {
        return properties.isEmpty() || properties.contains(property);
    }
}
