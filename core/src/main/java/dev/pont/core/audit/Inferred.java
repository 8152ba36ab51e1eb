package dev.pont.core.audit;

import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.Spec;
import java.util.List;

/**
 * A neutral resource inferred from the estate: its name, kind, the spec (null when the facts cannot be
 * expressed as a valid spec, {@code failure} says why), the estate resources it was read from (the first
 * is its anchor) and what was assumed because the facts do not say it.
 */
public record Inferred(String name, ResourceKind kind, Spec spec, List<String> members, List<String> assumed, String failure) {
    public Inferred {
        members = List.copyOf(members);
        assumed = assumed.stream().sorted().distinct().toList();
    }

    public String anchor() {
        return members.get(0);
    }
}
