package dev.pont.core.spec;

import java.util.List;

/**
 * A secret stored in a key vault. Its value never appears in a stack: it comes from the stack
 * config key {@code configKey} (set with {@code pulumi config set --secret}) and is kept marked
 * secret everywhere. {@code expiryDays} forces rotation (0 = no expiry).
 */
public record SecretSpec(String vault, String configKey, int expiryDays, Labels labels) implements Spec {

    public SecretSpec {
        Checks.name("secret vault", vault);
        if (configKey == null || !configKey.matches("[a-zA-Z][a-zA-Z0-9_.-]*(:[a-zA-Z][a-zA-Z0-9_.-]*)?")) {
            throw new SpecException("secret configKey '" + configKey + "' is invalid: use a Pulumi config key such as 'pont:dbPassword'");
        }
        Checks.range("secret expiryDays", expiryDays, 0, 3650);
        labels = labels == null ? Labels.NONE : labels;
    }

    public static SecretSpec inVault(String vault, String configKey, int expiryDays) {
        return new SecretSpec(vault, configKey, expiryDays, Labels.NONE);
    }

    public SecretSpec labels(Labels labels) {
        return new SecretSpec(vault, configKey, expiryDays, labels);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.SECRET;
    }

    @Override
    public List<Refs.Ref> references() {
        return List.of(new Refs.ResourceRef(vault, ResourceKind.KEY_VAULT));
    }
}
