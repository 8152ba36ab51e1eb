package dev.pont.providers.azure;

import com.pulumi.core.Output;
import dev.pont.core.adapter.Adapter;
import dev.pont.core.adapter.DataPlaneEndpoint;
import dev.pont.core.adapter.DataPlaneEndpoints;
import dev.pont.core.adapter.PreviewOutputs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.adapter.Session;
import dev.pont.core.adapter.TargetInfo;
import dev.pont.core.catalog.Catalog;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Realises neutral specs on Microsoft Azure with the azure-native provider: one resource group per
 * stack, each neutral resource a component whose children are the Azure resources. Each service's
 * recipe lives in its own class; this one only wires them for a run.
 */
public final class AzureAdapter implements Adapter, PreviewOutputs, DataPlaneEndpoints {
    static final Catalog CATALOG = Catalog.load(AzureAdapter.class, "catalog.json");
    static final AzureRules RULES = AzureRules.load();
    private static final AzurePreview PREVIEW = AzurePreview.load();
    private static final TargetInfo INFO = new TargetInfo(AzureRun.TARGET, "Microsoft Azure", List.of("azure-native 2.10.0"));

    private Networks networks;
    private KeyVaults keyVaults;
    private ObjectStores objectStores;
    private BlockVolumes blockVolumes;
    private Databases databases;
    private VirtualMachines virtualMachines;
    private KubernetesClusters kubernetesClusters;
    private ServiceIdentities serviceIdentities;
    private AuditLogs auditLogs;

    @Override
    public TargetInfo info() {
        return INFO;
    }

    @Override
    public void begin(Session session) {
        AzureRun run = new AzureRun(session, CATALOG, RULES);
        PrivateAccess privateAccess = new PrivateAccess(run);
        CustomerKeys keys = new CustomerKeys(run);
        networks = new Networks(run);
        keyVaults = new KeyVaults(run, privateAccess);
        objectStores = new ObjectStores(run, keys, privateAccess);
        blockVolumes = new BlockVolumes(run, keys);
        databases = new Databases(run, keys, privateAccess);
        virtualMachines = new VirtualMachines(run, keys, blockVolumes);
        kubernetesClusters = new KubernetesClusters(run, networks);
        serviceIdentities = new ServiceIdentities(run);
        auditLogs = new AuditLogs(run);
    }

    @Override
    public Realised network(Scope scope, NetworkSpec spec) {
        return networks.network(scope, spec);
    }

    @Override
    public Realised firewall(Scope scope, FirewallSpec spec) {
        return networks.firewall(scope, spec);
    }

    @Override
    public Realised keyVault(Scope scope, KeyVaultSpec spec) {
        return keyVaults.keyVault(scope, spec);
    }

    @Override
    public Realised secret(Scope scope, SecretSpec spec) {
        return keyVaults.secret(scope, spec);
    }

    @Override
    public Realised objectStore(Scope scope, ObjectStoreSpec spec) {
        return objectStores.objectStore(scope, spec);
    }

    @Override
    public Realised blockVolume(Scope scope, BlockVolumeSpec spec) {
        return blockVolumes.blockVolume(scope, spec);
    }

    @Override
    public Realised database(Scope scope, DatabaseSpec spec) {
        return databases.database(scope, spec);
    }

    @Override
    public Realised virtualMachine(Scope scope, VirtualMachineSpec spec) {
        return virtualMachines.virtualMachine(scope, spec);
    }

    @Override
    public Realised kubernetesCluster(Scope scope, KubernetesClusterSpec spec) {
        return kubernetesClusters.kubernetesCluster(scope, spec);
    }

    @Override
    public Realised serviceIdentity(Scope scope, ServiceIdentitySpec spec) {
        return serviceIdentities.serviceIdentity(scope, spec);
    }

    @Override
    public Realised auditLog(Scope scope, AuditLogSpec spec) {
        return auditLogs.auditLog(scope, spec);
    }

    @Override
    public Map<String, Object> outputs(String type, String name, Map<String, Object> inputs) {
        return PREVIEW.outputs(type, name, inputs);
    }

    @Override
    public Map<String, Object> invoke(String token, Map<String, Object> args) {
        return PREVIEW.invoke(token, args);
    }

    /**
     * A store's Blob service endpoint (the account's primary blob endpoint), account and container; a
     * database's server name on 5432 and the default database {@code postgres}, without a user: logins
     * are Entra ID principals (password authentication is off), chosen by whoever probes.
     */
    @Override
    public Optional<Output<Map<String, Object>>> endpoint(Scope scope, dev.pont.core.spec.Spec spec, Realised realised) {
        if (realised.handle() instanceof Handles.ObjectStore store) {
            return Optional.of(DataPlaneEndpoint.azureBlob(store.account().primaryEndpoints().applyValue(e -> e.blob()),
                    store.account().name(), AzureNames.container(scope.name())));
        }
        if (realised.handle() instanceof Handles.Database database) {
            return Optional.of(DataPlaneEndpoint.postgres(database.server().fullyQualifiedDomainName(), Output.of(Databases.PORT),
                    Output.of("postgres"), null));
        }
        return Optional.empty();
    }
}
