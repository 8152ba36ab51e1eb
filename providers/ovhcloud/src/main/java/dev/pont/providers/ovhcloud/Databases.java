package dev.pont.providers.ovhcloud;

import com.pulumi.core.Output;
import dev.pont.core.adapter.Realised;
import dev.pont.core.facts.Property;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.providers.ovhcloud.Regions.Service;
import dev.pont.providers.ovhcloud.bindings.ovh.Database;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseIpRestrictionArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseNodeArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhPackage;
import java.util.ArrayList;
import java.util.List;

/**
 * Managed PostgreSQL: a Public Cloud Databases service, its plan chosen by high availability
 * (and zone redundancy in a 3-AZ region), its flavour from the catalog, its nodes in the exposure's
 * subnet, and an IP allow-list built by {@link DatabaseAccess}.
 */
final class Databases {
    private final OvhRun run;

    Databases(OvhRun run) {
        this.run = run;
    }

    Realised database(Scope scope, DatabaseSpec spec) {
        String region = run.region(scope, Service.DATABASE);
        String version = OvhcloudAdapter.CATALOG.postgresVersion(scope, spec.version());
        String flavor = OvhcloudAdapter.CATALOG.databaseSize(scope, spec.size());
        boolean multiZone = spec.highAvailability() && run.session().placement().zoneRedundant() && !run.zones().isEmpty();
        String planKey = !spec.highAvailability() ? "single" : multiZone ? "zoneRedundant" : "highAvailability";
        Settings.DatabasePlan plan = OvhcloudAdapter.SETTINGS.databasePlans().get(planKey);
        scope.choice("database-plan", spec.highAvailability() ? "highly available" : "single node",
                plan.plan() + " (" + plan.nodes() + " nodes)", plan.verified(), plan.note());

        Exposure exposure = spec.exposure();
        Handles.Network network = exposure.subnet() == null ? null : scope.lookup(exposure.subnet().network(), Handles.Network.class);
        List<DatabaseNodeArgs> nodes = new ArrayList<>();
        for (int i = 0; i < plan.nodes(); i++) {
            var node = DatabaseNodeArgs.builder().region(region);
            if (network != null) {
                node.networkId(network.openstackId()).subnetId(network.subnet(exposure.subnet().subnet()).subnet().id());
            }
            nodes.add(node.build());
        }
        var db = new Database(scope.child(""), DatabaseArgs.builder()
                .serviceName(run.projectId())
                .description(run.cloudName(scope))
                .engine("postgresql")
                .version(version)
                .plan(plan.plan())
                .flavor(flavor)
                .nodes(nodes)
                .diskSize(spec.storageGiB())
                .ipRestrictions(DatabaseAccess.ipRestrictions(scope, spec, network).stream()
                        .map(r -> DatabaseIpRestrictionArgs.builder().ip(r.cidr().toString()).description(r.why()).build()).toList())
                .backupRegions(region)
                .build(), scope.options(run.ovh()));

        scope.degraded("backups are not kept " + spec.backupRetentionDays() + " days as asked: ovh " + OvhPackage.VERSION
                + " sets where and when backups run (backupRegions, backupTime) but not how long they are kept; retention follows the "
                + plan.plan() + " plan", Property.BACKUP_RETENTION_DAYS);
        scope.degraded("TLS 1.2 minimum is not enforced: OVHcloud documents TLS 1.1 as the floor of Public Cloud Databases "
                + "(security overview) and ovh " + OvhPackage.VERSION + " has no setting to raise it; enforce it in clients", Property.TLS_MINIMUM);
        if (spec.encryptionKey() != null) {
            scope.degraded("customer-managed key " + spec.encryptionKey() + " is not used: Public Cloud Databases take no KMS key in ovh "
                    + OvhPackage.VERSION + "; at-rest encryption is OVHcloud-managed", Property.KEY_CUSTODY);
        }
        if (spec.highAvailability() && run.session().placement().zoneRedundant() && !multiZone) {
            scope.degraded("not zone-redundant: " + run.location() + " has one availability zone, so the " + plan.nodes()
                    + " nodes share it; use EU-WEST-PAR (3 zones) to survive a zone loss", Property.ZONE_REDUNDANT);
        }
        if (!exposure.publicEndpoint() && exposure.subnet() == null) {
            scope.degraded("isolated exposure is approximated: a Public Cloud Databases service without a private network has a public endpoint; "
                    + "its IP allow-list is left empty, so nothing can connect until one is added", Property.PUBLIC_ENDPOINT);
        }
        Output<String> endpoint = db.endpoints().applyValue(DatabaseAccess::hostAndPort);
        return new Realised(db.id(), endpoint, new Handles.Database(db));
    }
}
