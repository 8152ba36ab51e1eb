package dev.pont.core.conformance;

import static dev.pont.core.conformance.Check.atLeast;
import static dev.pont.core.conformance.Check.atMost;
import static dev.pont.core.conformance.Check.containsAll;
import static dev.pont.core.conformance.Check.equal;
import static dev.pont.core.conformance.Check.isFalse;
import static dev.pont.core.conformance.Check.isTrue;
import static dev.pont.core.conformance.Check.oneOf;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Regions;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.SecretSpec;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Spec;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.core.spec.VirtualMachineSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a spec promises, as checks over neutral facts. This is the contract every target is held
 * to: the same checks for every cloud, whatever resources realise the spec.
 */
final class Expectations {
    static final Set<String> CUSTOMER_KEYS = Set.of("customer", "customer-hsm");

    private Expectations() {}

    /**
     * @param subnets resolves a subnet reference ({@code network/subnet}) to its CIDR text
     * @param componentOf resolves a cloud resource id or name to the neutral resource it belongs to
     */
    static List<Check> of(Spec spec, Placement placement, Function<String, String> subnets) {
        List<Check> checks = new ArrayList<>();
        if (spec.kind().stateful() || spec instanceof VirtualMachineSpec || spec instanceof KubernetesClusterSpec) {
            String jurisdiction = placement.jurisdiction().wire();
            checks.add(new Check(Property.LOCATION, "in " + jurisdiction, v -> v != null && locations(v).stream()
                    .allMatch(region -> Regions.within(region, jurisdiction))));
        }
        if (spec instanceof ObjectStoreSpec s) {
            checks.add(isTrue(Property.ENCRYPTED_AT_REST));
            if (s.encryptionKey() != null) {
                checks.add(oneOf(Property.KEY_CUSTODY, CUSTOMER_KEYS));
            }
            checks.add(equal(Property.VERSIONED, s.versioned()));
            if (s.retentionDays() > 0) {
                checks.add(atLeast(Property.RETENTION_DAYS, s.retentionDays()));
                if (s.retentionLocked()) {
                    checks.add(isTrue(Property.RETENTION_LOCKED));
                }
            }
            exposure(checks, s.exposure());
            checks.add(isTrue(Property.HTTPS_ONLY));
            checks.add(atLeast(Property.TLS_MINIMUM, 1.2));
        } else if (spec instanceof BlockVolumeSpec s) {
            checks.add(isTrue(Property.ENCRYPTED_AT_REST));
            checks.add(atLeast(Property.SIZE_GIB, s.sizeGiB()));
            if (s.encryptionKey() != null) {
                checks.add(oneOf(Property.KEY_CUSTODY, CUSTOMER_KEYS));
            }
        } else if (spec instanceof DatabaseSpec s) {
            checks.add(isTrue(Property.ENCRYPTED_AT_REST));
            if (s.encryptionKey() != null) {
                checks.add(oneOf(Property.KEY_CUSTODY, CUSTOMER_KEYS));
            }
            checks.add(equal(Property.VERSION, s.version()));
            checks.add(atLeast(Property.VCPU, s.size().vcpu()));
            checks.add(atLeast(Property.MEMORY_GIB, s.size().memoryGiB()));
            checks.add(atLeast(Property.SIZE_GIB, s.storageGiB()));
            if (s.highAvailability()) {
                checks.add(isTrue(Property.HIGH_AVAILABILITY));
            }
            checks.add(atLeast(Property.BACKUP_RETENTION_DAYS, s.backupRetentionDays()));
            exposure(checks, s.exposure());
            checks.add(atLeast(Property.TLS_MINIMUM, 1.2));
        } else if (spec instanceof NetworkSpec s) {
            checks.add(containsAll(Property.SUBNETS, s.subnets().stream().map(SubnetSpec::cidr).map(Object::toString).toList()));
        } else if (spec instanceof FirewallSpec s) {
            checks.add(isTrue(Property.DENY_BY_DEFAULT));
            checks.add(containsAll(Property.ALLOW_RULES, s.rules().stream().map(r -> signature(r, subnets)).toList()));
        } else if (spec instanceof KeyVaultSpec s) {
            checks.add(isTrue(Property.PURGE_PROTECTION));
            checks.add(atLeast(Property.SOFT_DELETE_DAYS, s.softDeleteDays()));
            exposure(checks, s.exposure());
            if (s.keys().stream().anyMatch(KeySpec::hsmBacked)) {
                checks.add(isTrue(Property.HSM_BACKED));
            }
            s.keys().stream().mapToInt(KeySpec::rotationDays).filter(d -> d > 0).min()
                    .ifPresent(days -> checks.add(atMost(Property.ROTATION_DAYS, days)));
        } else if (spec instanceof SecretSpec s) {
            checks.add(isTrue(Property.ENCRYPTED_AT_REST));
            if (s.expiryDays() > 0) {
                checks.add(isTrue(Property.SECRET_EXPIRY));
            }
        } else if (spec instanceof VirtualMachineSpec s) {
            checks.add(atLeast(Property.VCPU, s.size().vcpu()));
            checks.add(atLeast(Property.MEMORY_GIB, s.size().memoryGiB()));
            checks.add(equal(Property.PUBLIC_IP, s.publicIp()));
            checks.add(isTrue(Property.ENCRYPTED_AT_REST));
        } else if (spec instanceof KubernetesClusterSpec s) {
            checks.add(equal(Property.VERSION, s.version()));
            checks.add(equal(Property.PRIVATE_API, s.privateApi()));
            if (!s.privateApi()) {
                checks.add(containsAll(Property.ADMIN_CIDRS, s.adminCidrs().stream().map(Object::toString).toList()));
            }
            checks.add(containsAll(Property.NODE_POOLS, s.nodePools().stream().map(Expectations::pool).toList()));
        } else if (spec instanceof ServiceIdentitySpec s) {
            // Least privilege: exactly the grants asked, no broader access and no other resource.
            checks.add(Check.exactly(Property.GRANTS, s.grants().stream().map(g -> g.access().wire() + ":" + g.resource()).toList()));
        } else if (spec instanceof AuditLogSpec s) {
            checks.add(atLeast(Property.LOG_RETENTION_DAYS, s.retentionDays()));
        }
        return checks;
    }

    private static void exposure(List<Check> checks, Exposure exposure) {
        checks.add(equal(Property.PUBLIC_ENDPOINT, exposure.publicEndpoint()));
        if (!exposure.publicEndpoint() && exposure.subnet() != null) {
            checks.add(isTrue(Property.PRIVATE_ENDPOINT));
        }
    }

    /** A node pool as facts state it: {@code name:min-max}. */
    static String pool(NodePoolSpec p) {
        return p.name() + ":" + p.minNodes() + "-" + p.maxNodes();
    }

    /**
     * A rule as facts state it: {@code inbound tcp 5432 from 10.20.2.0/23}: the direction, protocol,
     * ports, and the remote side (source of inbound, destination of outbound) as a CIDR or {@code any}.
     */
    static String signature(FirewallRule r, Function<String, String> subnets) {
        FirewallRule.Endpoint remote = r.direction() == FirewallRule.Direction.INBOUND ? r.source() : r.destination();
        String peer = remote.isAny() ? "any" : remote.cidr() != null ? remote.cidr().toString() : subnets.apply(remote.subnet().toString());
        return r.direction().wire() + " " + r.protocol().wire() + " " + r.ports() + " " + (r.direction() == FirewallRule.Direction.INBOUND ? "from " : "to ") + peer;
    }

    static Collection<String> locations(Object value) {
        return value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }
}
