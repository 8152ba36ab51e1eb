package dev.pont.core.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Specs to and from plain JSON values: component inputs carry them, audits infer them. */
public final class Specs {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Map<ResourceKind, Class<? extends Spec>> CLASSES = new EnumMap<>(Map.ofEntries(
            Map.entry(ResourceKind.NETWORK, NetworkSpec.class),
            Map.entry(ResourceKind.FIREWALL, FirewallSpec.class),
            Map.entry(ResourceKind.KEY_VAULT, KeyVaultSpec.class),
            Map.entry(ResourceKind.SECRET, SecretSpec.class),
            Map.entry(ResourceKind.OBJECT_STORE, ObjectStoreSpec.class),
            Map.entry(ResourceKind.BLOCK_VOLUME, BlockVolumeSpec.class),
            Map.entry(ResourceKind.DATABASE, DatabaseSpec.class),
            Map.entry(ResourceKind.VIRTUAL_MACHINE, VirtualMachineSpec.class),
            Map.entry(ResourceKind.KUBERNETES_CLUSTER, KubernetesClusterSpec.class),
            Map.entry(ResourceKind.SERVICE_IDENTITY, ServiceIdentitySpec.class),
            Map.entry(ResourceKind.AUDIT_LOG, AuditLogSpec.class)));

    private Specs() {}

    public static Class<? extends Spec> type(ResourceKind kind) {
        return CLASSES.get(kind);
    }

    /** A spec from its JSON values; invalid values raise the spec's own validation error. */
    public static Spec fromJson(ResourceKind kind, Map<String, Object> json) {
        try {
            return MAPPER.convertValue(json, CLASSES.get(kind));
        } catch (IllegalArgumentException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SpecException s) {
                    throw s;
                }
            }
            throw new SpecException(kind.role() + " spec is not valid: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toJson(Spec spec) {
        return MAPPER.convertValue(spec, LinkedHashMap.class);
    }
}
