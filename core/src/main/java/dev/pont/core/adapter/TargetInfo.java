package dev.pont.core.adapter;

import java.util.List;

/**
 * A target cloud: its id (used everywhere: config, CLI, JSON, file names), a display name,
 * and the Pulumi packages its plans use (with versions) so that a reader knows which plugins
 * a real deployment needs.
 */
public record TargetInfo(String id, String displayName, List<String> pulumiPackages) {
    public TargetInfo {
        pulumiPackages = List.copyOf(pulumiPackages);
    }
}
