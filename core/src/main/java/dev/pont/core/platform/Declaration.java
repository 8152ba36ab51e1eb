package dev.pont.core.platform;

import dev.pont.core.spec.Spec;

/** One named neutral resource of a stack. */
public record Declaration(String name, Spec spec) {
}
