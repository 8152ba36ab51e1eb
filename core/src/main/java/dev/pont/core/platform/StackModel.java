package dev.pont.core.platform;

import dev.pont.core.spec.Placement;
import dev.pont.core.spec.ResourceKind;
import java.util.List;
import java.util.Optional;

/** A stack as plain data: its placement and its declarations in order. No Pulumi involved. */
public record StackModel(String stack, Placement placement, List<Declaration> declarations) {
    public StackModel {
        declarations = List.copyOf(declarations);
    }

    public Optional<Declaration> find(String name) {
        return declarations.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public List<Declaration> ofKind(ResourceKind kind) {
        return declarations.stream().filter(d -> d.spec().kind() == kind).toList();
    }
}
