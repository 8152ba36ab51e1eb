package dev.pont.providers.ovhcloud;

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
import dev.pont.core.spec.Spec;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.providers.ovhcloud.bindings.openstack.OpenstackPackage;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhPackage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Realises neutral specs on OVHcloud Public Cloud. OVH-native services (private networks, object
 * storage, managed PostgreSQL and Kubernetes, KMS, Logs Data Platform) go through the {@code ovh}
 * provider; instances, their ports and security groups, and block volumes go through the
 * {@code openstack} provider against OVHcloud's Keystone, because the {@code ovh} provider has no
 * security group. Each service's recipe lives in its own class; this one wires them for a run.
 */
public final class OvhcloudAdapter implements Adapter, PreviewOutputs, DataPlaneEndpoints {
    public static final String TARGET = "ovhcloud";
    /** The Public Cloud project id (the ovh provider's {@code serviceName}, the OpenStack tenant id). Required. */
    public static final String PROJECT_ID = "pont:ovhcloudProjectId";
    /** The OVH API endpoint, default {@code ovh-eu}. */
    public static final String ENDPOINT = "pont:ovhcloudEndpoint";
    /** The OVHcloud subsidiary a KMS is ordered under, default from settings.json ({@code FR}). */
    public static final String SUBSIDIARY = "pont:ovhcloudSubsidiary";
    /** An existing Logs Data Platform service (ldp-xx-xxxxx) that receives the audit log. */
    public static final String LDP_SERVICE = "pont:ovhcloudLdpService";

    static final Catalog CATALOG = Catalog.load(OvhcloudAdapter.class, "catalog.json");
    static final Regions REGIONS = Regions.load();
    static final Settings SETTINGS = Settings.load();
    private static final TargetInfo INFO = new TargetInfo(TARGET, "OVHcloud Public Cloud", List.of(
            OvhPackage.NAME + " " + OvhPackage.VERSION + " (" + OvhPackage.PLUGIN_DOWNLOAD_URL + ")",
            OpenstackPackage.NAME + " " + OpenstackPackage.VERSION));

    private final PreviewAnswers previewAnswers = new PreviewAnswers(CATALOG);
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
        OvhRun run = new OvhRun(session);
        networks = new Networks(run);
        keyVaults = new KeyVaults(run);
        objectStores = new ObjectStores(run);
        blockVolumes = new BlockVolumes(run);
        databases = new Databases(run);
        virtualMachines = new VirtualMachines(run);
        kubernetesClusters = new KubernetesClusters(run);
        serviceIdentities = new ServiceIdentities(run);
        auditLogs = new AuditLogs(run);
    }

    @Override
    public Realised network(Scope scope, NetworkSpec spec) {
        return qualified(scope, spec, networks.network(scope, spec));
    }

    @Override
    public Realised firewall(Scope scope, FirewallSpec spec) {
        return qualified(scope, spec, networks.firewall(scope, spec));
    }

    @Override
    public Realised keyVault(Scope scope, KeyVaultSpec spec) {
        return qualified(scope, spec, keyVaults.keyVault(scope, spec));
    }

    @Override
    public Realised secret(Scope scope, SecretSpec spec) {
        return qualified(scope, spec, keyVaults.secret(scope, spec));
    }

    @Override
    public Realised objectStore(Scope scope, ObjectStoreSpec spec) {
        return qualified(scope, spec, objectStores.objectStore(scope, spec));
    }

    @Override
    public Realised blockVolume(Scope scope, BlockVolumeSpec spec) {
        return qualified(scope, spec, blockVolumes.blockVolume(scope, spec));
    }

    @Override
    public Realised database(Scope scope, DatabaseSpec spec) {
        return qualified(scope, spec, databases.database(scope, spec));
    }

    @Override
    public Realised virtualMachine(Scope scope, VirtualMachineSpec spec) {
        return qualified(scope, spec, virtualMachines.virtualMachine(scope, spec));
    }

    @Override
    public Realised kubernetesCluster(Scope scope, KubernetesClusterSpec spec) {
        return qualified(scope, spec, kubernetesClusters.kubernetesCluster(scope, spec));
    }

    @Override
    public Realised serviceIdentity(Scope scope, ServiceIdentitySpec spec) {
        return qualified(scope, spec, serviceIdentities.serviceIdentity(scope, spec));
    }

    @Override
    public Realised auditLog(Scope scope, AuditLogSpec spec) {
        return qualified(scope, spec, auditLogs.auditLog(scope, spec));
    }

    /** Every realisation ends the same way: classified data says which qualification it lacks. */
    private static Realised qualified(Scope scope, Spec spec, Realised realised) {
        OvhRun.qualification(scope, spec);
        return realised;
    }

    @Override
    public Map<String, Object> outputs(String type, String name, Map<String, Object> inputs) {
        return previewAnswers.outputs(type, name, inputs);
    }

    @Override
    public Map<String, Object> invoke(String token, Map<String, Object> args) {
        return previewAnswers.invoke(token, args);
    }

    /**
     * A bucket's S3 endpoint for its region ({@code https://s3.<region>.io.cloud.ovh.net}, path-style,
     * signing region the lower-case region); a database's first endpoint (host and port), with the
     * database and user its connection URI names (never its password).
     */
    @Override
    public Optional<Output<Map<String, Object>>> endpoint(Scope scope, dev.pont.core.spec.Spec spec, Realised realised) {
        if (realised.handle() instanceof Handles.ObjectStore store) {
            Output<String> region = store.storage().region().applyValue(r -> r.toLowerCase(java.util.Locale.ROOT));
            return Optional.of(DataPlaneEndpoint.s3(region.applyValue(ObjectStores::s3Endpoint), region, store.storage().name()));
        }
        if (realised.handle() instanceof Handles.Database database) {
            var first = database.cluster().endpoints().applyValue(DatabaseAccess::connection);
            return Optional.of(DataPlaneEndpoint.postgres(first.applyValue(c -> c.host()), first.applyValue(c -> c.port()),
                    first.applyValue(c -> c.database()), first.applyValue(c -> c.user())));
        }
        return Optional.empty();
    }
}
