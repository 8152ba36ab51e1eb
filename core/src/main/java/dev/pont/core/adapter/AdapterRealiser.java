package dev.pont.core.adapter;

import dev.pont.core.platform.Declaration;
import dev.pont.core.platform.Handle;
import dev.pont.core.platform.Realiser;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Grade;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Realises declarations through one adapter, inside a running Pulumi program: one component per
 * declaration, the adapter's children under it, and the adapter's deviations and catalog choices
 * collected as data.
 */
public final class AdapterRealiser implements Realiser {
    private final Adapter adapter;
    private final Session session;
    private final Map<String, Realised> realised = new HashMap<>();
    private final List<Deviation> deviations = new ArrayList<>();
    private final List<CatalogChoice> choices = new ArrayList<>();
    private final Map<String, com.pulumi.core.Output<Map<String, Object>>> endpoints = new java.util.TreeMap<>();

    public AdapterRealiser(Adapter adapter, Session session) {
        this.adapter = adapter;
        this.session = session;
        adapter.begin(session);
    }

    @Override
    public Handle realise(Declaration declaration, List<Declaration> before) {
        Spec spec = declaration.spec();
        PontComponent component = new PontComponent(declaration.name(), spec, session.placement(), session.target());
        Scope scope = new Scope(declaration, component, session, realised, before);
        Realised result = dispatch(scope, spec);
        component.complete(result, scope.grade(), scope.reasons());
        realised.put(declaration.name(), result);
        if (adapter instanceof DataPlaneEndpoints dataPlane && (spec instanceof ObjectStoreSpec || spec instanceof DatabaseSpec)) {
            dataPlane.endpoint(scope, spec, result).ifPresent(e -> endpoints.put(declaration.name(), e));
        }
        if (scope.grade() != Grade.EQUIVALENT) {
            deviations.add(new Deviation(declaration.name(), session.target(), scope.grade(), scope.reasons(), scope.covered()));
        }
        choices.addAll(scope.choices());
        return new Handle(declaration.name(), spec.kind(), result.id(), result.endpoint());
    }

    private Realised dispatch(Scope scope, Spec spec) {
        if (spec instanceof NetworkSpec s) {
            return adapter.network(scope, s);
        } else if (spec instanceof FirewallSpec s) {
            return adapter.firewall(scope, s);
        } else if (spec instanceof KeyVaultSpec s) {
            return adapter.keyVault(scope, s);
        } else if (spec instanceof SecretSpec s) {
            return adapter.secret(scope, s);
        } else if (spec instanceof ObjectStoreSpec s) {
            return adapter.objectStore(scope, s);
        } else if (spec instanceof BlockVolumeSpec s) {
            return adapter.blockVolume(scope, s);
        } else if (spec instanceof DatabaseSpec s) {
            return adapter.database(scope, s);
        } else if (spec instanceof VirtualMachineSpec s) {
            return adapter.virtualMachine(scope, s);
        } else if (spec instanceof KubernetesClusterSpec s) {
            return adapter.kubernetesCluster(scope, s);
        } else if (spec instanceof ServiceIdentitySpec s) {
            return adapter.serviceIdentity(scope, s);
        } else if (spec instanceof AuditLogSpec s) {
            return adapter.auditLog(scope, s);
        }
        throw new IllegalStateException("no adapter method for " + spec.getClass().getSimpleName());
    }

    public List<Deviation> deviations() {
        return List.copyOf(deviations);
    }

    /** The data-plane endpoints the adapter gave, by neutral resource name (sorted). */
    public Map<String, com.pulumi.core.Output<Map<String, Object>>> endpoints() {
        return java.util.Collections.unmodifiableMap(endpoints);
    }

    public List<CatalogChoice> choices() {
        return List.copyOf(choices);
    }
}
