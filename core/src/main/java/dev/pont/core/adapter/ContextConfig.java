package dev.pont.core.adapter;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.pont.core.PontException;
import java.util.List;
import java.util.Optional;

/**
 * Stack config read through Pulumi. Offline, a secret that is not set becomes a redacted
 * placeholder and a warning (the preview never needs its value); under the CLI it is an error.
 */
public final class ContextConfig implements StackConfig {
    private final Context ctx;
    private final boolean offline;
    private final List<String> warnings;

    public ContextConfig(Context ctx, boolean offline, List<String> warnings) {
        this.ctx = ctx;
        this.offline = offline;
        this.warnings = warnings;
    }

    @Override
    public Optional<String> get(String key) {
        int colon = key.indexOf(':');
        String namespace = colon < 0 ? ctx.projectName() : key.substring(0, colon);
        return ctx.config(namespace).get(key.substring(colon + 1));
    }

    @Override
    public String requireAtDeploy(String target, String key, String what) {
        Optional<String> value = get(key).filter(v -> !v.isBlank());
        if (value.isPresent() || !offline) {
            return require(target, key, what);
        }
        warnings.add("target " + target + ": config value " + key + " (" + what + ") is not set; the preview shows <unset: "
                + key + ">: set it with `pulumi config set " + key + " <value>` before `pulumi up`");
        return "<unset: " + key + ">";
    }

    @Override
    public Output<String> secret(String key) {
        Optional<String> value = get(key);
        if (value.isPresent()) {
            return Output.ofSecret(value.get());
        }
        String fix = "set it with `pulumi config set --secret " + key + " <value>`";
        if (!offline) {
            throw new PontException("missing secret config value " + key + ": " + fix);
        }
        warnings.add("secret config value " + key + " is not set; the preview uses a redacted placeholder: " + fix + " before `pulumi up`");
        return Output.ofSecret("");
    }
}
