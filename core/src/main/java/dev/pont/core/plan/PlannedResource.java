package dev.pont.core.plan;

import java.util.List;
import java.util.Map;

/**
 * One registered resource, in the shape of a stack export's {@code resources[]} entry.
 * {@code inputs} hold plain JSON values (maps, lists, strings, numbers, booleans) with
 * secrets replaced by {@link Secrets#REDACTED} markers. {@code id} is the cloud id (from the
 * preview's plausible outputs or the imported state); components have none.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record PlannedResource(String urn, String type, String name, String parent, boolean custom, String id,
                              Map<String, Object> inputs, String provider, List<String> dependencies) {
    public PlannedResource {
        inputs = inputs == null ? Map.of() : inputs;
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }

    /** A provider instance ({@code pulumi:providers:*}), not a cloud resource. */
    public boolean providerInstance() {
        return type.startsWith("pulumi:providers:");
    }

    /** The type token's package, e.g. {@code azure-native} for {@code azure-native:storage:StorageAccount}. */
    public String pkg() {
        return type.startsWith("pulumi:providers:") ? type.substring("pulumi:providers:".length()) : type.substring(0, type.indexOf(':'));
    }
}
