package dev.pont.core.adapter;

import com.pulumi.core.Output;
import java.util.Optional;

/**
 * Stack configuration as adapters see it: plain values and secrets, by full key
 * ({@code pont:ovhcloudProjectId}). Backed by Pulumi config under the CLI and by the stack's
 * {@code Pulumi.<target>.yaml} in the offline preview.
 */
public interface StackConfig {
    Optional<String> get(String key);

    /** A secret value, kept secret; the preview answers with a redacted placeholder. */
    Output<String> secret(String key);

    /**
     * A value only a real deployment needs (an image id pinned per region, for example). Offline, a
     * missing one becomes a visible {@code <unset: key>} placeholder and a warning, so the preview
     * still shows the whole plan; under the Pulumi CLI it is required like {@link #require}.
     */
    default String requireAtDeploy(String target, String key, String what) {
        return require(target, key, what);
    }

    /** A required value, or a one-line error naming the key and how to set it. */
    default String require(String target, String key, String what) {
        return get(key).filter(v -> !v.isBlank()).orElseThrow(() -> new dev.pont.core.PontException(
                "target " + target + ": missing config value " + key + " (" + what + "): set it with `pulumi config set "
                        + key + " <value>` or in Pulumi." + target + ".yaml"));
    }
}
