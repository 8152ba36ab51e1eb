package dev.pont.core.platform;

import com.pulumi.core.Output;
import dev.pont.core.spec.ResourceKind;

/**
 * What a stack gets back for a declared resource: its name and kind, and, when the stack is
 * being realised, its id and endpoint as Pulumi outputs (null when only the model is built).
 */
public record Handle(String name, ResourceKind kind, Output<String> id, Output<String> endpoint) {
}
