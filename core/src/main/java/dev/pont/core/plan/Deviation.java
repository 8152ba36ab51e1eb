package dev.pont.core.plan;

import java.util.List;

/**
 * What an adapter declares when a target cannot realise a resource as asked: the grade and
 * the reasons, in a platform engineer's words. Deviations are data: they flow into previews,
 * conformance and audits.
 */
public record Deviation(String resource, String target, Grade grade, List<String> reasons) {
    public Deviation {
        reasons = List.copyOf(reasons);
    }
}
