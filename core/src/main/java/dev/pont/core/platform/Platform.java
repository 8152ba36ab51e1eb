package dev.pont.core.platform;

import dev.pont.core.PontException;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Checks;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.SecretSpec;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Spec;
import dev.pont.core.spec.VirtualMachineSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a stack author calls. Each method validates the declaration against what the stack
 * declared before it (names are unique, references resolve to an earlier resource of the right
 * kind) and hands it to the realiser. A stack never names a provider.
 */
public final class Platform {
    private static final Set<ResourceKind> GRANTABLE = EnumSet.of(ResourceKind.OBJECT_STORE, ResourceKind.DATABASE,
            ResourceKind.KEY_VAULT, ResourceKind.SECRET, ResourceKind.KUBERNETES_CLUSTER, ResourceKind.BLOCK_VOLUME,
            ResourceKind.AUDIT_LOG);

    private final String stack;
    private final Placement placement;
    private final Realiser realiser;
    private final Map<String, Declaration> declared = new LinkedHashMap<>();
    private final List<Declaration> order = new ArrayList<>();
    private final List<Declaration> orderView = Collections.unmodifiableList(order);
    private final Map<String, SourceLocation> sources = new LinkedHashMap<>();
    private boolean hasAuditLog;

    public Platform(String stack, Placement placement, Realiser realiser) {
        this.stack = stack;
        this.placement = placement;
        this.realiser = realiser;
    }

    public String stack() {
        return stack;
    }

    public Placement placement() {
        return placement;
    }

    public Handle network(String name, NetworkSpec spec) {
        return declare(name, spec);
    }

    public Handle firewall(String name, FirewallSpec spec) {
        return declare(name, spec);
    }

    public Handle keyVault(String name, KeyVaultSpec spec) {
        return declare(name, spec);
    }

    public Handle secret(String name, SecretSpec spec) {
        return declare(name, spec);
    }

    public Handle objectStore(String name, ObjectStoreSpec spec) {
        return declare(name, spec);
    }

    public Handle blockVolume(String name, BlockVolumeSpec spec) {
        return declare(name, spec);
    }

    public Handle database(String name, DatabaseSpec spec) {
        return declare(name, spec);
    }

    public Handle virtualMachine(String name, VirtualMachineSpec spec) {
        return declare(name, spec);
    }

    public Handle kubernetesCluster(String name, KubernetesClusterSpec spec) {
        return declare(name, spec);
    }

    public Handle serviceIdentity(String name, ServiceIdentitySpec spec) {
        return declare(name, spec);
    }

    /** The audit log collects from every resource declared before it: declare it last. */
    public Handle auditLog(String name, AuditLogSpec spec) {
        if (hasAuditLog) {
            throw new PontException("stack '" + stack + "' declares a second audit log '" + name + "': a stack has one audit log");
        }
        return declare(name, spec);
    }

    /** Declares any spec; used to replay a model (audits re-realise inferred specs this way). */
    public Handle declare(String name, Spec spec) {
        try {
            Checks.name("resource name", name);
        } catch (PontException e) {
            throw new PontException("stack '" + stack + "': " + e.getMessage());
        }
        if (declared.containsKey(name)) {
            throw new PontException("stack '" + stack + "' declares '" + name + "' twice: resource names must be unique in a stack");
        }
        if (hasAuditLog) {
            throw new PontException("stack '" + stack + "' declares '" + name + "' after its audit log: declare the audit log last so that it collects from every resource");
        }
        for (Refs.Ref ref : spec.references()) {
            check(name, spec, ref);
        }
        Declaration declaration = new Declaration(name, spec);
        declared.put(name, declaration);
        callSite().ifPresent(site -> sources.put(name, site));
        order.add(declaration);
        hasAuditLog |= spec.kind() == ResourceKind.AUDIT_LOG;
        return realiser.realise(declaration, orderView.subList(0, order.size() - 1));
    }

    private void check(String name, Spec spec, Refs.Ref ref) {
        Declaration target = declared.get(ref.resource());
        String who = spec.kind().role() + " '" + name + "'";
        if (target == null) {
            throw new PontException("stack '" + stack + "': " + who + " refers to '" + ref.resource()
                    + "', which is not declared before it in this stack: declare it first (references and grants cannot cross stacks)");
        }
        if (ref instanceof Refs.KeyRef k) {
                if (!(target.spec() instanceof KeyVaultSpec vault) || vault.key(k.key()).isEmpty()) {
                    throw new PontException("stack '" + stack + "': " + who + " refers to key " + k + ", but '" + k.vault()
                            + "' is not a key vault with a key '" + k.key() + "': add the key to the vault or fix the reference");
                }
        } else if (ref instanceof Refs.SubnetRef s) {
                if (!(target.spec() instanceof NetworkSpec network) || network.subnet(s.subnet()).isEmpty()) {
                    throw new PontException("stack '" + stack + "': " + who + " refers to subnet " + s + ", but '" + s.network()
                            + "' is not a network with a subnet '" + s.subnet() + "': add the subnet or fix the reference");
                }
        } else if (ref instanceof Refs.ResourceRef r) {
                if (r.kind() != null && target.spec().kind() != r.kind()) {
                    throw new PontException("stack '" + stack + "': " + who + " expects '" + r.name() + "' to be a "
                            + r.kind().role() + ", but it is a " + target.spec().kind().role());
                }
                if (r.kind() == null && spec instanceof ServiceIdentitySpec && !GRANTABLE.contains(target.spec().kind())) {
                    throw new PontException("stack '" + stack + "': " + who + " has a grant on '" + r.name() + "', a "
                            + target.spec().kind().role() + ", which takes no grants: grant on data services, vaults, secrets or clusters");
                }
        }
    }

    /**
     * Where each resource was declared (the first frame outside this class), for reports that
     * point back at the stack's source, such as SARIF.
     */
    public Map<String, SourceLocation> sources() {
        return Collections.unmodifiableMap(sources);
    }

    private static java.util.Optional<SourceLocation> callSite() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Platform.class.getName()))
                .findFirst()
                .map(f -> new SourceLocation(f.getClassName(), f.getFileName(), f.getLineNumber())));
    }

    public StackModel model() {
        return new StackModel(stack, placement, order);
    }
}
