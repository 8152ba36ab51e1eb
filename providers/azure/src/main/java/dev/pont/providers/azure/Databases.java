package dev.pont.providers.azure;

import com.pulumi.azurenative.dbforpostgresql.Configuration;
import com.pulumi.azurenative.dbforpostgresql.ConfigurationArgs;
import com.pulumi.azurenative.dbforpostgresql.FirewallRule;
import com.pulumi.azurenative.dbforpostgresql.FirewallRuleArgs;
import com.pulumi.azurenative.dbforpostgresql.Server;
import com.pulumi.azurenative.dbforpostgresql.ServerArgs;
import com.pulumi.azurenative.dbforpostgresql.enums.ActiveDirectoryAuthEnum;
import com.pulumi.azurenative.dbforpostgresql.enums.ArmServerKeyType;
import com.pulumi.azurenative.dbforpostgresql.enums.CreateMode;
import com.pulumi.azurenative.dbforpostgresql.enums.GeoRedundantBackupEnum;
import com.pulumi.azurenative.dbforpostgresql.enums.HighAvailabilityMode;
import com.pulumi.azurenative.dbforpostgresql.enums.IdentityType;
import com.pulumi.azurenative.dbforpostgresql.enums.PasswordAuthEnum;
import com.pulumi.azurenative.dbforpostgresql.inputs.AuthConfigArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.BackupArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.DataEncryptionArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.HighAvailabilityArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.SkuArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.StorageArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.UserAssignedIdentityArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.UserIdentityArgs;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A database is an Azure Database for PostgreSQL flexible server. azure-native 2.10.0 exposes it
 * as {@code azure-native:dbforpostgresql:Server} with API version 2022-12-01.
 *
 * <p>Private access goes through a private endpoint, not VNet integration. VNet integration needs a
 * subnet delegated to PostgreSQL and holding nothing else, decided when the network is created,
 * before the adapter knows a database will use it; and stacks put the database's private access
 * next to other private endpoints (the reference stack's {@code data} subnet holds the vault's and
 * the store's). The price is the deviation declared below: with API 2022-12-01 public network
 * access is read-only, so the server keeps a public endpoint, closed by having no firewall rule.
 */
final class Databases {
    /** PostgreSQL flexible servers listen on the standard port. */
    static final int PORT = 5432;

    private final AzureRun run;
    private final CustomerKeys keys;
    private final PrivateAccess privateAccess;

    Databases(AzureRun run, CustomerKeys keys, PrivateAccess privateAccess) {
        this.run = run;
        this.keys = keys;
        this.privateAccess = privateAccess;
    }

    Realised database(Scope scope, DatabaseSpec spec) {
        String version = run.catalog().postgresVersion(scope, spec.version());
        String sku = run.catalog().databaseSize(scope, spec.size());
        String tier = tier(sku);
        boolean highAvailability = spec.highAvailability();
        if (highAvailability && tier.equals("Burstable")) {
            scope.degraded("no high availability: " + sku + " is a Burstable size, which cannot run a zone-redundant standby",
                    Property.HIGH_AVAILABILITY, Property.ZONE_REDUNDANT);
            highAvailability = false;
        }
        ServerArgs.Builder args = ServerArgs.builder()
                .serverName(run.globalName(scope, AzureNames::postgresServer))
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .createMode(CreateMode.Default)
                .version(version)
                .sku(SkuArgs.builder().name(sku).tier(tier).build())
                .storage(StorageArgs.builder().storageSizeGB(storageSize(scope, spec.storageGiB())).build())
                // Backups stay in the region: geo-redundant copies would leave it.
                .backup(BackupArgs.builder()
                        .backupRetentionDays(backupRetention(scope, spec.backupRetentionDays()))
                        .geoRedundantBackup(GeoRedundantBackupEnum.Disabled)
                        .build())
                .highAvailability(HighAvailabilityArgs.builder()
                        .mode(highAvailability ? HighAvailabilityMode.ZoneRedundant : HighAvailabilityMode.Disabled)
                        .build())
                // Entra ID only: no PostgreSQL passwords to leak or rotate.
                .authConfig(AuthConfigArgs.builder()
                        .activeDirectoryAuth(ActiveDirectoryAuthEnum.Enabled)
                        .passwordAuth(PasswordAuthEnum.Disabled)
                        .tenantId(run.tenantId())
                        .build())
                .tags(run.tags(scope));
        List<Resource> dependsOn = new ArrayList<>();
        if (spec.encryptionKey() != null) {
            CustomerKeys.Access access = keys.access(scope, spec.encryptionKey());
            args.identity(UserAssignedIdentityArgs.builder()
                    .type(IdentityType.UserAssigned)
                    .userAssignedIdentities(access.identity().id().applyValue(id -> Map.of(id, UserIdentityArgs.builder().build())))
                    .build());
            args.dataEncryption(DataEncryptionArgs.builder()
                    .type(ArmServerKeyType.AzureKeyVault)
                    .primaryKeyURI(access.key().keyUriWithVersion())
                    .primaryUserAssignedIdentityId(access.identity().id())
                    .build());
            dependsOn.add(access.grant());
            if (access.vault().spec().key(spec.encryptionKey().key()).orElseThrow().rotationDays() > 0) {
                scope.degraded("key rotation does not reach the database: API 2022-12-01 takes a versioned key URI, so the server"
                        + " keeps the key version current at deployment while Key Vault rotates new ones; point it at the new"
                        + " version after each rotation", Property.ROTATION_DAYS);
            }
        } else {
            args.dataEncryption(DataEncryptionArgs.builder().type(ArmServerKeyType.SystemManaged).build());
        }
        Server server = new Server(scope.child("server"), args.build(), scope.options(null, dependsOn.toArray(Resource[]::new)));
        // A flexible server applies one parameter change at a time: chain them.
        Configuration tls = configuration(scope, server, "require_secure_transport", "on");
        Configuration minimum = configuration(scope, server, "ssl_min_protocol_version", "TLSv1.2", tls);
        Exposure exposure = spec.exposure();
        Resource settled = privateAccess.endpoint(scope, exposure, server.id(), "postgresqlServer", minimum)
                .<Resource>map(e -> e).orElse(minimum);
        PrivateAccess.checkCidrsWithoutSubnet(scope, exposure);
        if (exposure.publicEndpoint()) {
            firewallRules(scope, server, exposure, minimum);
        } else {
            scope.degraded("the server keeps a public endpoint, closed: azure-native 2.10.0 creates flexible servers with API"
                    + " 2022-12-01, where public network access is read-only; no firewall rule admits anyone, so it refuses every"
                    + " connection and clients use the private endpoint; disable public access after deployment or with a"
                    + " newer azure-native", Property.PUBLIC_ENDPOINT);
        }
        return new Realised(server.id(), server.fullyQualifiedDomainName(), new Handles.Database(scope.name(), server, settled));
    }

    private Configuration configuration(Scope scope, Server server, String name, String value, Resource... after) {
        return new Configuration(scope.child(name.replace('_', '-')), ConfigurationArgs.builder()
                .configurationName(name)
                .serverName(server.name())
                .resourceGroupName(run.resourceGroupName())
                .value(value)
                .source("user-override")
                .build(), scope.options(null, after));
    }

    /** A public endpoint, asked for explicitly: one firewall rule per allowed CIDR, or all addresses if none. */
    private void firewallRules(Scope scope, Server server, Exposure exposure, Resource after) {
        List<Cidr> cidrs = exposure.openToInternet() ? List.of(Cidr.ANY) : exposure.allowedCidrs();
        for (Cidr cidr : cidrs) {
            String name = cidr.isAny() ? "internet" : cidr.toString().replace('.', '-').replace('/', '-');
            new FirewallRule(scope.child("allow-" + name), FirewallRuleArgs.builder()
                    .firewallRuleName("allow-" + name)
                    .serverName(server.name())
                    .resourceGroupName(run.resourceGroupName())
                    .startIpAddress(cidr.host(0))
                    .endIpAddress(cidr.isAny() ? "255.255.255.255" : cidr.host((int) (cidr.last() - cidr.first())))
                    .build(), scope.options(null, after));
        }
    }

    /** The SKU tier follows the size family: Standard_D* General Purpose, Standard_E* Memory Optimized. */
    private String tier(String sku) {
        String family = sku.startsWith("Standard_") && sku.length() > 9 ? sku.substring(9, 10) : "";
        String tier = run.rules().postgresTiers().get(family);
        if (tier == null) {
            throw new IllegalStateException("azure catalog: database size " + sku + " has no tier in azure-rules.json postgresTiers");
        }
        return tier;
    }

    /** Flexible server storage comes in fixed sizes: the smallest that holds what was asked. */
    private int storageSize(Scope scope, int gib) {
        int size = run.rules().postgresStorageSizesGiB().stream().filter(s -> s >= gib).findFirst()
                .orElseThrow(() -> scope.error("no PostgreSQL storage size holds " + gib + " GiB: ask for at most "
                        + run.rules().postgresStorageSizesGiB().get(run.rules().postgresStorageSizesGiB().size() - 1) + " GiB"));
        scope.choice("database-storage", gib + " GiB", size + " GiB", false,
                size == gib ? "" : "flexible server storage comes in fixed sizes");
        return size;
    }

    private int backupRetention(Scope scope, int days) {
        AzureRules.Bounds bounds = run.rules().postgresBackupRetentionDays();
        if (days < bounds.min()) {
            scope.degraded("backups are kept " + bounds.min() + " days, longer than the " + days + " asked: Azure keeps them at least "
                    + bounds.min() + " days", Property.BACKUP_RETENTION_DAYS);
            return bounds.min();
        }
        return days;
    }
}
