package dev.pont.core.spec;

import java.util.List;

/** A neutral service description: plain, validated, immutable intent. */
public sealed interface Spec permits NetworkSpec, FirewallSpec, KeyVaultSpec, SecretSpec, ObjectStoreSpec,
        BlockVolumeSpec, DatabaseSpec, VirtualMachineSpec, KubernetesClusterSpec, ServiceIdentitySpec, AuditLogSpec {

    ResourceKind kind();

    Labels labels();

    /** Other resources of the stack this one needs, in declaration order. */
    List<Refs.Ref> references();
}
