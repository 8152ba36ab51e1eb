package dev.pont.providers.azure.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.KeyCustody;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Azure Database flexible servers as the database. PostgreSQL is the neutral database; MySQL is a
 * database too, but its version is stated as {@code mysql-<version>} so that it can never pass for
 * a PostgreSQL version. Server parameters ({@code Configuration}) state the TLS they impose; the
 * server states Azure's TLS defaults only where no parameter resource overrides them.
 */
final class DatabaseFacts {
    static final String POSTGRES = "azure-native:dbforpostgresql:Server";
    static final String POSTGRES_CONFIGURATION = "azure-native:dbforpostgresql:Configuration";
    static final String MYSQL = "azure-native:dbformysql:Server";
    static final String MYSQL_CONFIGURATION = "azure-native:dbformysql:Configuration";
    private static final String ROLE = ResourceKind.DATABASE.role();

    /** One engine's parameter resource type, version prefix and TLS floor parameter. */
    record Engine(String configuration, String versionPrefix, String tlsParameter) {
    }

    private static final Engine PG = new Engine(POSTGRES_CONFIGURATION, "", "ssl_min_protocol_version");
    private static final Engine MY = new Engine(MYSQL_CONFIGURATION, "mysql-", "tls_version");

    private DatabaseFacts() {}

    static void register(Rules rules) {
        rules.onInPlan(POSTGRES, ROLE, (r, plan) -> server(r, plan, PG))
                .onInPlan(MYSQL, ROLE, (r, plan) -> server(r, plan, MY))
                .on(POSTGRES_CONFIGURATION, ROLE, r -> configuration(r, PG))
                .on(MYSQL_CONFIGURATION, ROLE, r -> configuration(r, MY))
                .on("azure-native:dbforpostgresql:FirewallRule", ROLE, DatabaseFacts::firewallRule)
                .on("azure-native:dbformysql:FirewallRule", ROLE, DatabaseFacts::firewallRule)
                .on("azure-native:dbforpostgresql:Database", ROLE, r -> props())
                .on("azure-native:dbformysql:Database", ROLE, r -> props())
                .on("azure-native:dbforpostgresql:Administrator", AzureFacts.IDENTITY_BINDING, r -> props())
                .on("azure-native:dbforpostgresql:PrivateEndpointConnection", AzureFacts.PRIVATE_ENDPOINT, r -> props());
    }

    /**
     * Flexible servers always encrypt storage (AES-256); backups are kept 7 days unless set. A server
     * without a delegated subnet has a public endpoint (API 2022-12-01 cannot turn it off; newer inputs
     * may say {@code publicNetworkAccess: Disabled}); its firewall rules say who gets in.
     */
    /** Azure's documented region pairs, for geo-redundant backups (copied to the paired region). */
    private static final java.util.Map<String, String> PAIRED = java.util.Map.of(
            "francecentral", "francesouth", "francesouth", "francecentral",
            "westeurope", "northeurope", "northeurope", "westeurope",
            "germanywestcentral", "germanynorth", "germanynorth", "germanywestcentral");

    /**
     * Backups stay in the server's region, and with geo-redundant backup also go to its paired
     * region (an unknown pair is stated as such, so a policy cannot take it for an allowed region).
     */
    static List<String> backupLocations(String location, String geoRedundant) {
        if (location == null) {
            return null;
        }
        if (!Inputs.is(geoRedundant, "Enabled")) {
            return List.of(location);
        }
        String pair = PAIRED.get(location.toLowerCase(java.util.Locale.ROOT));
        return List.of(location, pair == null ? "paired region of " + location : pair);
    }

    static Rules.Props server(PlannedResource r, Plan plan, Engine engine) {
        Integer backup = Inputs.integer(r, "backup.backupRetentionDays");
        String ha = Inputs.str(r, "highAvailability.mode");
        String version = Inputs.str(r, "version");
        Rules.Props p = props()
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.KEY_CUSTODY, Inputs.is(Inputs.str(r, "dataEncryption.type"), "AzureKeyVault")
                        ? KeyCustodies.ofKeyUri(plan, Inputs.str(r, "dataEncryption.primaryKeyURI")) : KeyCustody.PROVIDER.wire())
                .put(Property.VERSION, version == null ? null : engine.versionPrefix() + version)
                .put(Property.SIZE_GIB, Inputs.integer(r, "storage.storageSizeGB"))
                .put(Property.HIGH_AVAILABILITY, Inputs.is(ha, "ZoneRedundant") || Inputs.is(ha, "SameZone"))
                .put(Property.ZONE_REDUNDANT, Inputs.is(ha, "ZoneRedundant"))
                .put(Property.BACKUP_RETENTION_DAYS, backup == null ? 7 : backup)
                .put(Property.BACKUP_LOCATION, backupLocations(Inputs.location(r), Inputs.str(r, "backup.geoRedundantBackup")))
                .put(Property.PUBLIC_ENDPOINT, publicEndpoint(r))
                .put(Property.LOCATION, Inputs.location(r));
        MachineSizes.of(Inputs.str(r, "sku.name")).ifPresent(size -> p
                .put(Property.VCPU, size.vcpu())
                .put(Property.MEMORY_GIB, Values.whole(size.memoryGiB())));
        List<String> overridden = Neighbours.ofType(plan, engine.configuration()).stream()
                .filter(c -> Inputs.is(Inputs.str(c, "serverName"), Inputs.str(r, "serverName")))
                .map(c -> Inputs.lower(Inputs.str(c, "configurationName"))).toList();
        if (!overridden.contains(engine.tlsParameter())) {
            p.put(Property.TLS_MINIMUM, 1.2);
        }
        if (!overridden.contains("require_secure_transport")) {
            p.put(Property.HTTPS_ONLY, true);
        }
        return p;
    }

    private static boolean publicEndpoint(PlannedResource r) {
        if (Inputs.str(r, "network.delegatedSubnetResourceId") != null) {
            return false;
        }
        return !Inputs.is(Inputs.str(r, "network.publicNetworkAccess"), "Disabled");
    }

    /**
     * {@code ssl_min_protocol_version} (PostgreSQL) or {@code tls_version} (MySQL, a list: its lowest
     * entry counts) sets the TLS floor; {@code require_secure_transport=off} lets clients in without TLS,
     * stated as a TLS minimum of 0.
     */
    static Rules.Props configuration(PlannedResource r, Engine engine) {
        String name = Inputs.lower(Inputs.str(r, "configurationName"));
        String value = Inputs.str(r, "value");
        Rules.Props p = props();
        if (engine.tlsParameter().equals(name) && value != null) {
            p.put(Property.TLS_MINIMUM, List.of(value.split(",")).stream().map(Values::tls)
                    .filter(java.util.Objects::nonNull).min(Double::compare).orElse(null));
        } else if ("require_secure_transport".equals(name) && value != null) {
            boolean required = Inputs.is(value, "on") || Inputs.is(value, "true") || value.equals("1");
            p.put(Property.HTTPS_ONLY, required);
            if (!required) {
                p.put(Property.TLS_MINIMUM, 0.0);
            }
        }
        return p;
    }

    /** A firewall rule admits an address range; {@code 0.0.0.0–0.0.0.0} is Azure's "any Azure service" switch. */
    static Rules.Props firewallRule(PlannedResource r) {
        String start = Inputs.str(r, "startIpAddress");
        String end = Inputs.str(r, "endIpAddress");
        if (start == null || end == null) {
            return props();
        }
        List<String> cidrs = "0.0.0.0".equals(start) && "0.0.0.0".equals(end) ? List.of("azure-services") : range(start, end);
        return props().put(Property.ALLOWED_CIDRS, cidrs);
    }

    /** The smallest list of CIDR blocks covering an inclusive IPv4 range; unreadable ranges are kept as {@code start-end}. */
    static List<String> range(String start, String end) {
        long from;
        long to;
        try {
            from = ipv4(start);
            to = ipv4(end);
        } catch (IllegalArgumentException e) {
            return List.of(start + "-" + end);
        }
        List<String> out = new ArrayList<>();
        while (from <= to) {
            int prefix = 32;
            while (prefix > 0) {
                long size = 1L << (32 - (prefix - 1));
                if (from % size != 0 || from + size - 1 > to) {
                    break;
                }
                prefix--;
            }
            out.add(Values.cidr(format(from) + "/" + prefix));
            from += 1L << (32 - prefix);
        }
        return out;
    }

    private static long ipv4(String ip) {
        String[] parts = ip.trim().split("\\.");
        if (parts.length != 4) {
            throw new IllegalArgumentException(ip);
        }
        long value = 0;
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                throw new IllegalArgumentException(ip);
            }
            value = (value << 8) | Integer.parseInt(part);
        }
        return value;
    }

    private static String format(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }
}
