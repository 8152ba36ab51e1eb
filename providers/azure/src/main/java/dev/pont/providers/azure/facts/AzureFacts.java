package dev.pont.providers.azure.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Neutral facts from {@code azure-native} resources, written from Azure's documented behaviour and
 * never from the Azure adapter (this package imports core only), so that conformance checks the
 * adapter instead of echoing it.
 *
 * <p>Each Azure type plays a neutral role (an object store, a database…), a supporting role (plumbing
 * such as private DNS or a resource group, named so nothing is silently dropped), or is a lock-in
 * service reported as unmapped with the reason a migration architect needs. Version-pinned tokens
 * ({@code azure-native:storage/v20230101:StorageAccount}) read as their default-version type.
 */
public final class AzureFacts extends Rules {
    // Supporting roles: resources that serve a neutral resource without being one.
    static final String RESOURCE_GROUP = "resource-group";
    static final String PRIVATE_DNS = "private-dns";
    static final String DNS = "dns";
    static final String PRIVATE_ENDPOINT = "private-endpoint";
    static final String IDENTITY_BINDING = "identity-binding";
    static final String ROLE_DEFINITION = "role-definition";
    static final String RESOURCE_LOCK = "resource-lock";
    static final String KEY_BINDING = "key-binding";
    static final String VOLUME_SNAPSHOT = "volume-snapshot";
    static final String NETWORK_INTERFACE = "network-interface";
    static final String PUBLIC_IP = "public-ip";
    static final String VM_EXTENSION = "vm-extension";
    static final String PLACEMENT_GROUP = "placement-group";
    static final String MACHINE_IMAGE = "machine-image";
    static final String SSH_KEY = "ssh-key";
    static final String MAINTENANCE_WINDOW = "maintenance-window";
    static final String OBJECT_LIFECYCLE = "object-lifecycle";
    static final String ROUTING = "routing";
    static final String NAT_GATEWAY = "nat-gateway";
    static final String LOAD_BALANCER = "load-balancer";
    static final String NETWORK_PEERING = "network-peering";
    static final String VPN_GATEWAY = "vpn-gateway";
    static final String FIREWALL_GROUP = "firewall-group";
    static final String NETWORK_MONITORING = "network-monitoring";
    static final String LOG_COLLECTION = "log-collection";

    /** Every supporting role name, for reports and tests. */
    public static final Set<String> SUPPORTING_ROLES = Set.of(RESOURCE_GROUP, PRIVATE_DNS, DNS, PRIVATE_ENDPOINT, IDENTITY_BINDING,
            ROLE_DEFINITION, RESOURCE_LOCK, KEY_BINDING, VOLUME_SNAPSHOT, NETWORK_INTERFACE, PUBLIC_IP, VM_EXTENSION, PLACEMENT_GROUP,
            MACHINE_IMAGE, SSH_KEY, MAINTENANCE_WINDOW, OBJECT_LIFECYCLE, ROUTING, NAT_GATEWAY, LOAD_BALANCER, NETWORK_PEERING,
            VPN_GATEWAY, FIREWALL_GROUP, NETWORK_MONITORING, LOG_COLLECTION);

    private static final Pattern VERSIONED = Pattern.compile("^azure-native:([a-z0-9]+)/v[0-9a-z]+:([A-Za-z0-9]+)$");
    private static final Pattern SINGLE_SERVER = Pattern.compile("^azure-native:dbfor(postgresql|mysql)/v2017[0-9a-z]*:.*$");

    /** Known services Pont has no neutral kind for yet, though the target clouds have equivalents. */
    private static final Map<String, String> NOT_MODELLED = Map.of(
            "azure-native:storage:FileShare", "Azure Files shares (SMB/NFS) have file-storage equivalents on SecNumCloud clouds, but Pont has no neutral file-share kind yet",
            "azure-native:storage:FileServiceProperties", "Azure Files settings: Pont has no neutral file-share kind yet");

    private final LockIns lockIns = LockIns.load();

    public AzureFacts() {
        super("azure-native");
        labelsAt("tags");
        on("azure-native:resources:ResourceGroup", RESOURCE_GROUP, r -> props().put(Property.LOCATION, Inputs.location(r)));
        StorageFacts.register(this);
        KeyVaultFacts.register(this);
        DatabaseFacts.register(this);
        ComputeFacts.register(this);
        KubernetesFacts.register(this);
        NetworkFacts.register(this);
        FirewallFacts.register(this);
        IdentityFacts.register(this);
        AuditFacts.register(this);
        lockIns.types().forEach(this::lockIn);
    }

    @Override
    public Optional<Fact> extract(PlannedResource r, Plan plan) {
        String type = canonical(r.type());
        if (type.equals(r.type())) {
            return super.extract(r, plan);
        }
        PlannedResource asDefault = new PlannedResource(r.urn(), type, r.name(), r.parent(), r.custom(), r.id(), r.inputs(),
                r.provider(), r.dependencies());
        return super.extract(asDefault, plan).map(f -> new Fact(f.urn(), r.type(), f.name(), f.role(), f.properties(), f.reason()));
    }

    @Override
    public String unmappedReason(String type) {
        if (SINGLE_SERVER.matcher(type).matches()) {
            return "lock-in: an Azure Database single server (retired by Microsoft); migrate it to a flexible server or straight to the target's managed database";
        }
        String canonical = canonical(type);
        if (lockIns.types().containsKey(canonical)) {
            return super.unmappedReason(canonical);
        }
        Optional<String> module = lockIns.ofModule(canonical);
        if (module.isPresent()) {
            return "lock-in: " + module.get();
        }
        String gap = NOT_MODELLED.get(canonical);
        return gap != null ? "no neutral role yet: " + gap : super.unmappedReason(type);
    }

    /**
     * The values these rules compare inputs with (enum values Azure uses), tried in place of unknown
     * inputs so that a property depending on an ARM expression is stated unknown (see core UnknownInputs).
     */
    static final java.util.List<Object> PROBES = java.util.List.of("Allow", "AllowPrivate", "AzureKeyVault", "Blob", "Container",
            "Deny", "DenyAll", "Disabled", "Free", "Inbound", "Outbound", "Local", "Locked", "Microsoft.Keyvault", "Microsoft.Storage",
            "Rotate", "SameZone", "ZoneRedundant", "premium", "standard", "Standard_ZRS", "Standard_LRS", "RSA-HSM", "RSA",
            "EncryptionAtRestWithCustomerKey", "EncryptionAtRestWithPlatformKey", "ssl_min_protocol_version", "require_secure_transport",
            "tls_version", "TLS1_0", "P90D", "Standard_D4s_v5");

    @Override
    public java.util.List<Object> unknownProbes() {
        return PROBES;
    }

    /** The lock-in services listed by type, with their reasons. */
    public Map<String, String> lockInTypes() {
        return lockIns.types();
    }

    /** A version-pinned token as its default-version type; other tokens unchanged. */
    static String canonical(String type) {
        if (SINGLE_SERVER.matcher(type).matches()) {
            return type;
        }
        var m = VERSIONED.matcher(type);
        return m.matches() ? "azure-native:" + m.group(1) + ":" + m.group(2) : type;
    }
}
