package dev.pont.core.adapter;

import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.SecretSpec;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.VirtualMachineSpec;

/**
 * Realises neutral specs on one cloud. Core creates the {@code pont:<module>:<Type>} component
 * for each declaration and passes it in the {@link Scope}; the adapter registers the provider
 * resources as its children, records catalog choices and declares deviations. A new instance
 * serves each run, so an adapter may keep the state of that run (providers, a resource group).
 */
public interface Adapter {

    TargetInfo info();

    /** Called once before the first resource: read config, create explicit providers. */
    void begin(Session session);

    Realised network(Scope scope, NetworkSpec spec);

    Realised firewall(Scope scope, FirewallSpec spec);

    Realised keyVault(Scope scope, KeyVaultSpec spec);

    Realised secret(Scope scope, SecretSpec spec);

    Realised objectStore(Scope scope, ObjectStoreSpec spec);

    Realised blockVolume(Scope scope, BlockVolumeSpec spec);

    Realised database(Scope scope, DatabaseSpec spec);

    Realised virtualMachine(Scope scope, VirtualMachineSpec spec);

    Realised kubernetesCluster(Scope scope, KubernetesClusterSpec spec);

    Realised serviceIdentity(Scope scope, ServiceIdentitySpec spec);

    Realised auditLog(Scope scope, AuditLogSpec spec);
}
