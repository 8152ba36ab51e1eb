package dev.pont.providers.ovhcloud;

import static dev.pont.providers.ovhcloud.Previews.one;
import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.reasons;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.AuditLogSpec.Category;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Size;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseLogSubscription;
import dev.pont.providers.ovhcloud.bindings.ovh.LogsOutputGraylogStream;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    @Test
    void theAuditLogIsAStreamArchivedForWholeYearsThatDatabasesFeed() {
        Plan plan = preview(stack(p -> {
            p.database("catalog", DatabaseSpec.postgres("16", Size.of(2, 7), 40));
            p.auditLog("audit", AuditLogSpec.everything(400));
        }));
        assertThat(one(plan, LogsOutputGraylogStream.TYPE, "audit").inputs())
                .containsEntry("serviceName", "ldp-ab-12345")
                .containsEntry("coldStorageEnabled", true)
                .containsEntry("coldStorageRetention", 2L)
                .containsEntry("coldStorageTarget", "PCA")
                .containsEntry("indexingEnabled", true);
        var subscription = one(plan, DatabaseLogSubscription.TYPE, "audit-catalog");
        assertThat(subscription.inputs()).containsEntry("engine", "postgresql").containsEntry("kind", "customer_logs").containsKeys("clusterId", "streamId");
        assertThat(subscription.dependencies()).contains(one(plan, LogsOutputGraylogStream.TYPE, "audit").urn());
        assertThat(plan.choices()).filteredOn(c -> c.kind().equals("log-retention")).singleElement()
                .satisfies(c -> assertThat(c.chosen()).isEqualTo("2 years of cold storage (PCA)"));
    }

    @Test
    void whatCannotBeForwardedIsListedForTheCategoriesAsked() {
        Plan everything = preview(stack(p -> {
            p.objectStore("files", ObjectStoreSpec.privateStore());
            p.auditLog("audit", AuditLogSpec.everything(180).labels(Labels.of("team", "platform")));
        }));
        assertThat(reasons(everything, "audit")).satisfiesExactlyInAnyOrder(
                r -> assertThat(r).contains("cold-storage archive"),
                r -> assertThat(r).contains("administrative events of the OVHcloud account"),
                r -> assertThat(r).contains("object storage access logs"));
        assertThat(everything.deviations()).filteredOn(d -> d.resource().equals("audit")).singleElement()
                .satisfies(d -> assertThat(d.properties()).containsExactly("logRetentionDays", "loggedResources"));

        Plan security = preview(stack(p -> {
            p.objectStore("files", ObjectStoreSpec.privateStore());
            p.auditLog("audit", new AuditLogSpec(180, EnumSet.of(Category.SECURITY), null));
        }));
        assertThat(reasons(security, "audit")).singleElement().asString().contains("cold-storage archive");
    }

    @Test
    void theLogsDataPlatformServiceIsNeededOnlyToDeploy() {
        Plan plan = preview(stack(p -> p.auditLog("audit", AuditLogSpec.everything(365))), Previews.configWithout(OvhcloudAdapter.LDP_SERVICE));
        assertThat(one(plan, LogsOutputGraylogStream.TYPE, "audit").inputs()).containsEntry("serviceName", "<unset: pont:ovhcloudLdpService>");
        assertThat(plan.warnings()).singleElement().asString()
                .contains("pont:ovhcloudLdpService").contains("pulumi config set pont:ovhcloudLdpService").contains("before `pulumi up`");
    }
}
