package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The neutral services Pont describes. Each has a component token {@code pont:<module>:<Type>}
 * and a role name used in facts, reports and JSON.
 */
public enum ResourceKind {
    NETWORK("network", "Network", "network", false),
    FIREWALL("network", "Firewall", "firewall", false),
    KEY_VAULT("security", "KeyVault", "key-vault", true),
    SECRET("security", "Secret", "secret", true),
    OBJECT_STORE("storage", "ObjectStore", "object-store", true),
    BLOCK_VOLUME("storage", "BlockVolume", "block-volume", true),
    DATABASE("storage", "Database", "database", true),
    VIRTUAL_MACHINE("compute", "VirtualMachine", "virtual-machine", false),
    KUBERNETES_CLUSTER("compute", "KubernetesCluster", "kubernetes-cluster", false),
    SERVICE_IDENTITY("security", "ServiceIdentity", "service-identity", false),
    AUDIT_LOG("observability", "AuditLog", "audit-log", true);

    private final String module;
    private final String typeName;
    private final String role;
    private final boolean stateful;

    ResourceKind(String module, String typeName, String role, boolean stateful) {
        this.module = module;
        this.typeName = typeName;
        this.role = role;
        this.stateful = stateful;
    }

    /** The component type token, e.g. {@code pont:storage:ObjectStore}. */
    public String token() {
        return "pont:" + module + ":" + typeName;
    }

    public String typeName() {
        return typeName;
    }

    @JsonValue
    public String role() {
        return role;
    }

    /** Whether the service holds data that must be exported when leaving a cloud. */
    public boolean stateful() {
        return stateful;
    }

    @JsonCreator
    public static ResourceKind ofRole(String role) {
        for (ResourceKind k : values()) {
            if (k.role.equals(role)) {
                return k;
            }
        }
        throw new SpecException("unknown resource role '" + role + "'");
    }

    public static java.util.Optional<ResourceKind> ofToken(String token) {
        for (ResourceKind k : values()) {
            if (k.token().equals(token)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
