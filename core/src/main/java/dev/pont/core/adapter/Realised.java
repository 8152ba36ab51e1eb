package dev.pont.core.adapter;

import com.pulumi.core.Output;

/**
 * What an adapter returns for one resource: its id and endpoint (if it has one) and an
 * adapter-specific handle that later resources of the same run look up by name (a vault, a
 * subnet map…). Core never looks inside the handle.
 */
public record Realised(Output<String> id, Output<String> endpoint, Object handle) {
    public static Realised of(Output<String> id, Object handle) {
        return new Realised(id, null, handle);
    }
}
