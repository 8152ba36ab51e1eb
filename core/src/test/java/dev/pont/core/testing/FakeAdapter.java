package dev.pont.core.testing;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ResourceArgs;
import dev.pont.core.adapter.Adapter;
import dev.pont.core.adapter.PreviewOutputs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.adapter.Session;
import dev.pont.core.adapter.TargetInfo;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cloud that does not exist: every spec becomes one {@code fake:index:Thing} holding a few of
 * the spec's values, so core can be tested without a real provider SDK. Secrets stay secret.
 */
public final class FakeAdapter implements Adapter, PreviewOutputs {

    @ResourceType(type = "fake:index:Thing")
    public static final class Thing extends CustomResource {
        @Export(name = "endpoint", refs = {String.class}, tree = "[0]")
        private Output<String> endpoint;

        public Thing(String name, ThingArgs args, CustomResourceOptions options) {
            super("fake:index:Thing", name, args, options);
        }

        public Output<String> endpoint() {
            return endpoint;
        }
    }

    public static final class ThingArgs extends ResourceArgs {
        @Import(name = "kind", required = true)
        private final Output<String> kind;
        @Import(name = "settings")
        private final Output<Map<String, Object>> settings;
        @Import(name = "dependsOnId")
        private final Output<String> dependsOnId;
        @Import(name = "value")
        private final Output<String> value;

        public ThingArgs(String kind, Map<String, Object> settings, Output<String> dependsOnId, Output<String> value) {
            this.kind = Output.of(kind);
            this.settings = Output.of(settings);
            this.dependsOnId = dependsOnId;
            this.value = value;
        }
    }

    private Session session;

    @Override
    public TargetInfo info() {
        return new TargetInfo("fake", "Fake cloud", java.util.List.of("fake 1.0.0"));
    }

    @Override
    public void begin(Session session) {
        this.session = session;
    }

    private Realised thing(Scope scope, Spec spec, Output<String> dependsOnId, Output<String> value) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("labels", scope.labels().asMap());
        settings.put("count", 3);
        Thing thing = new Thing(scope.child("thing"), new ThingArgs(spec.kind().role(), settings, dependsOnId, value),
                scope.options(null));
        return new Realised(thing.id(), thing.endpoint(), thing);
    }

    @Override
    public Realised network(Scope scope, NetworkSpec spec) {
        return thing(scope, spec, null, null);
    }

    @Override
    public Realised firewall(Scope scope, FirewallSpec spec) {
        return thing(scope, spec, scope.realised(spec.network()).id(), null);
    }

    @Override
    public Realised keyVault(Scope scope, KeyVaultSpec spec) {
        return thing(scope, spec, null, null);
    }

    @Override
    public Realised secret(Scope scope, SecretSpec spec) {
        return thing(scope, spec, scope.realised(spec.vault()).id(), session.config().secret(spec.configKey()));
    }

    @Override
    public Realised objectStore(Scope scope, ObjectStoreSpec spec) {
        if (spec.retentionLocked()) {
            scope.degraded("fake cloud cannot lock retention", dev.pont.core.facts.Property.RETENTION_LOCKED);
        }
        scope.choice("tier", "object store", "fake-hot", false, "");
        return thing(scope, spec, spec.encryptionKey() == null ? null : scope.realised(spec.encryptionKey().vault()).id(), null);
    }

    @Override
    public Realised blockVolume(Scope scope, BlockVolumeSpec spec) {
        return thing(scope, spec, null, null);
    }

    @Override
    public Realised database(Scope scope, DatabaseSpec spec) {
        scope.unsupported("fake cloud has no database");
        return thing(scope, spec, null, null);
    }

    @Override
    public Realised virtualMachine(Scope scope, VirtualMachineSpec spec) {
        return thing(scope, spec, null, null);
    }

    @Override
    public Realised kubernetesCluster(Scope scope, KubernetesClusterSpec spec) {
        return thing(scope, spec, null, null);
    }

    @Override
    public Realised serviceIdentity(Scope scope, ServiceIdentitySpec spec) {
        return thing(scope, spec, null, null);
    }

    @Override
    public Realised auditLog(Scope scope, AuditLogSpec spec) {
        return thing(scope, spec, null, null);
    }

    @Override
    public Map<String, Object> outputs(String type, String name, Map<String, Object> inputs) {
        return Map.of("endpoint", "https://" + name + ".fake.example");
    }
}
