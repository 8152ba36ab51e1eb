package dev.pont.providers.s3ns;

import com.pulumi.core.Output;
import com.pulumi.gcp.compute.Firewall;
import com.pulumi.gcp.compute.FirewallArgs;
import com.pulumi.gcp.compute.GlobalAddress;
import com.pulumi.gcp.compute.GlobalAddressArgs;
import com.pulumi.gcp.compute.inputs.FirewallAllowArgs;
import com.pulumi.gcp.servicenetworking.Connection;
import com.pulumi.gcp.servicenetworking.ConnectionArgs;
import com.pulumi.gcp.sql.DatabaseInstance;
import com.pulumi.gcp.sql.DatabaseInstanceArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsBackupConfigurationArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsDatabaseFlagArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsIpConfigurationArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsIpConfigurationAuthorizedNetworkArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsIpConfigurationPscConfigArgs;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.catalog.Catalog;
import dev.pont.core.facts.Property;
import dev.pont.core.platform.Declaration;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.Refs;
import dev.pont.providers.s3ns.Handles.DatabaseHandle;
import dev.pont.providers.s3ns.Handles.KeyHandle;
import dev.pont.providers.s3ns.Handles.NetworkHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL as a Cloud SQL instance. Private by default: no public IPv4; with a subnet, a private
 * IP through private services access (one reserved range and one peering per network, shared by
 * the network's databases); without one, Private Service Connect with no consumer allowed yet.
 */
final class Databases {
    static final int PORT = 5432;
    /** Google recommends at least a /24 per service producer; /20 leaves room for several instances. */
    static final int PRIVATE_SERVICE_PREFIX = 20;
    /** Cloud SQL keeps write-ahead logs for point-in-time recovery up to 7 days (Enterprise edition). */
    static final int MAX_LOG_DAYS = 7;

    /** The private services access of one network: its reserved range, the address resource and the peering. */
    record PrivateAccess(Cidr range, GlobalAddress address, Connection connection) {
    }

    private final S3nsRun run;
    private final Catalog catalog;
    private final Map<String, PrivateAccess> privateAccess = new HashMap<>();

    Databases(S3nsRun run, Catalog catalog) {
        this.run = run;
        this.catalog = catalog;
    }

    Realised database(Scope scope, DatabaseSpec spec) {
        String version = catalog.postgresVersion(scope, spec.version());
        String tier = catalog.databaseSize(scope, spec.size());
        Exposure exposure = spec.exposure();
        List<Resource> dependsOn = new ArrayList<>();
        var ip = DatabaseInstanceSettingsIpConfigurationArgs.builder()
                .ipv4Enabled(exposure.publicEndpoint())
                .requireSsl(true);
        scope.degraded("no TLS minimum can be asked for: requireSsl refuses unencrypted connections, but the IP configuration"
                + " of gcp " + GcpPlugin.SDK_VERSION + " has no TLS version setting (requireSsl only), and Pont sets no"
                + " ssl_min_protocol_version database flag, which Cloud SQL on S3NS is not verified to accept", Property.TLS_MINIMUM);
        if (exposure.publicEndpoint()) {
            ip.authorizedNetworks(exposure.allowedCidrs().stream().map(c -> DatabaseInstanceSettingsIpConfigurationAuthorizedNetworkArgs
                    .builder().name("pont-" + c.toString().replace('/', '-').replace('.', '-')).value(c.toString()).build()).toList());
        }
        if (exposure.subnet() != null) {
            NetworkHandle network = scope.lookup(exposure.subnet().network(), NetworkHandle.class);
            PrivateAccess access = privateAccess(scope, network);
            dependsOn.add(access.connection());
            ip.privateNetwork(network.network().id()).allocatedIpRange(access.address().name());
            allowClients(scope, network, exposure, access.range());
        } else if (!exposure.publicEndpoint()) {
            ip.pscConfigs(DatabaseInstanceSettingsIpConfigurationPscConfigArgs.builder()
                    .pscEnabled(true).allowedConsumerProjects(List.of()).build());
            scope.degraded("no network path is realised (the exposure names no subnet): the instance has only a Private Service"
                    + " Connect attachment that no project may use yet (Private Service Connect on S3NS is unverified)",
                    Property.PRIVATE_ENDPOINT);
        }
        if (!exposure.publicEndpoint() && !exposure.allowedCidrs().isEmpty() && exposure.subnet() == null) {
            scope.degraded("allowed CIDRs " + exposure.allowedCidrs() + " are not realised: a private instance without a subnet has no address to reach",
                    Property.ALLOWED_CIDRS);
        }
        var backups = DatabaseInstanceSettingsBackupConfigurationArgs.builder()
                .enabled(true)
                .location(run.region)
                .pointInTimeRecoveryEnabled(true)
                .transactionLogRetentionDays(Math.min(MAX_LOG_DAYS, spec.backupRetentionDays()))
                .backupRetentionSettings(DatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsArgs.builder()
                        .retainedBackups(spec.backupRetentionDays()).retentionUnit("COUNT").build());
        var settings = DatabaseInstanceSettingsArgs.builder()
                .tier(tier)
                .edition("ENTERPRISE")
                .availabilityType(spec.highAvailability() ? "REGIONAL" : "ZONAL")
                .diskType("PD_SSD")
                .diskSize(spec.storageGiB())
                .diskAutoresize(true)
                .backupConfiguration(backups.build())
                .ipConfiguration(ip.build())
                .databaseFlags(DatabaseInstanceSettingsDatabaseFlagArgs.builder().name("cloudsql.iam_authentication").value("on").build())
                .deletionProtectionEnabled(true)
                .userLabels(run.labels(scope));
        var args = DatabaseInstanceArgs.builder()
                .name(run.name(scope, ""))
                .project(run.project)
                .region(run.region)
                .databaseVersion("POSTGRES_" + version)
                .deletionProtection(true)
                .settings(settings.build());
        if (spec.encryptionKey() != null) {
            KeyHandle key = run.encryptionKey(scope, spec.encryptionKey());
            dependsOn.add(run.allowKeyUse(scope, key, "sql"));
            args.encryptionKeyName(key.key().id());
        }
        DatabaseInstance instance = new DatabaseInstance(scope.child("instance"), args.build(),
                run.options(scope, dependsOn.toArray(Resource[]::new)));
        Output<String> endpoint = exposure.subnet() != null ? instance.privateIpAddress().applyValue(a -> a + ":" + PORT)
                : instance.connectionName();
        return new Realised(instance.name(), endpoint, new DatabaseHandle(instance));
    }

    /** Sources of earlier inbound rules of this network that let TCP {@value #PORT} into the subnet (or into any VM). */
    private static List<String> firewallClients(Scope scope, NetworkHandle network, Refs.SubnetRef subnet) {
        List<String> out = new ArrayList<>();
        for (Declaration d : scope.before()) {
            if (!(d.spec() instanceof FirewallSpec fw) || !fw.network().equals(network.name())) {
                continue;
            }
            for (FirewallRule r : fw.rules()) {
                boolean intoSubnet = r.destination().isAny() || subnet.equals(r.destination().subnet())
                        || (r.destination().cidr() != null && r.destination().cidr().contains(network.subnet(subnet.subnet()).cidr()));
                boolean postgres = r.protocol() == FirewallRule.Protocol.ANY || (r.protocol() == FirewallRule.Protocol.TCP
                        && r.ports().from() <= PORT && PORT <= r.ports().to());
                if (r.direction() == FirewallRule.Direction.INBOUND && intoSubnet && postgres) {
                    FirewallRule.Endpoint from = r.source();
                    out.add(from.isAny() ? network.addressSpace().toString()
                            : from.subnet() != null ? network.subnet(from.subnet().subnet()).cidr().toString() : from.cidr().toString());
                }
            }
        }
        return out;
    }

    /** Private services access for a network, created with its first database and shared by the next ones. */
    private PrivateAccess privateAccess(Scope scope, NetworkHandle network) {
        PrivateAccess existing = privateAccess.get(network.name());
        if (existing != null) {
            return existing;
        }
        Cidr range = network.ranges().reserve(PRIVATE_SERVICE_PREFIX).orElseThrow(() -> scope.error("no free /"
                + PRIVATE_SERVICE_PREFIX + " range left in 10.0.0.0/8 outside network '" + network.name() + "' for private services access"));
        GlobalAddress address = new GlobalAddress(scope.child("psa-range"), GlobalAddressArgs.builder()
                .name(GcpNames.of(run.session.stack() + "-" + network.name() + "-psa", 63))
                .project(run.project)
                .purpose("VPC_PEERING")
                .addressType("INTERNAL")
                .address(range.host(0))
                .prefixLength(range.prefix())
                .network(network.network().id())
                .description("Pont: private services access range of network " + network.name())
                .build(), run.options(scope));
        Connection connection = new Connection(scope.child("psa"), ConnectionArgs.builder()
                .network(network.network().id())
                .service(S3nsData.UNIVERSE.service("privateServiceAccess"))
                .reservedPeeringRanges(address.name().applyValue(List::of))
                .build(), run.options(scope));
        PrivateAccess access = new PrivateAccess(range, address, connection);
        privateAccess.put(network.name(), access);
        return access;
    }

    /**
     * The instance's private IP is in the reserved range, not in the exposure's subnet, and the
     * network denies all egress: open PostgreSQL to the range from that subnet, the allowed CIDRs,
     * and the sources of the network's firewall rules that let TCP 5432 into that subnet (on other
     * clouds the database sits in the subnet, so those rules are how its clients reach it).
     */
    private void allowClients(Scope scope, NetworkHandle network, Exposure exposure, Cidr range) {
        Cidr subnet = network.subnet(exposure.subnet().subnet()).cidr();
        java.util.Set<String> clients = new java.util.LinkedHashSet<>();
        clients.add(subnet.toString());
        exposure.allowedCidrs().forEach(c -> clients.add(c.toString()));
        clients.addAll(firewallClients(scope, network, exposure.subnet()));
        scope.degraded("the database's private IP is in the private services range " + range + ", not in subnet " + exposure.subnet()
                + ": Pont opens egress tcp " + PORT + " to it from " + clients + " (the subnet, the allowed CIDRs and the sources of"
                + " firewall rules declared before the database that let tcp " + PORT + " into the subnet)", Property.PRIVATE_ENDPOINT);
        new Firewall(scope.child("clients-out"), FirewallArgs.builder()
                .name(run.name(scope, "clients-out"))
                .project(run.project)
                .network(network.network().id())
                .direction("EGRESS")
                .priority(FirewallRules.FIRST_PRIORITY)
                .allows(FirewallAllowArgs.builder().protocol("tcp").ports(String.valueOf(PORT)).build())
                .sourceRanges(List.copyOf(clients))
                .destinationRanges(range.toString())
                .description("Pont: PostgreSQL " + scope.name() + " from its clients")
                .build(), run.options(scope));
    }
}
