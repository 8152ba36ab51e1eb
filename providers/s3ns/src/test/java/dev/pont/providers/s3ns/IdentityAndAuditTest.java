package dev.pont.providers.s3ns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityAndAuditTest {
    static final Plan PLAN = ProviderTest.PLAN;

    @Test
    void aServiceIdentityIsAKeylessServiceAccountWithRolesOnEachResource() {
        assertThat(Stacks.named(PLAN, "ingestion-sa").inputs()).containsEntry("accountId", "demo-ingestion")
                .containsEntry("project", Stacks.PROJECT);
        assertThat(Stacks.ofType(PLAN, "gcp:serviceaccount/key:Key")).isEmpty();
        String member = "serviceAccount:demo-ingestion@pont-test-project.s3ns.iam.gserviceaccount.com";
        assertThat(Stacks.named(PLAN, "ingestion-datasets-objectUser").inputs()).containsEntry("role", "roles/storage.objectUser")
                .containsEntry("member", member).containsEntry("bucket", Stacks.named(PLAN, "datasets-bucket").inputs().get("name"));
        assertThat(Stacks.named(PLAN, "ingestion-pseudonymisation-salt-secretAccessor").inputs())
                .containsEntry("role", "roles/secretmanager.secretAccessor").containsEntry("secretId", "demo-pseudonymisation-salt");
        assertThat(Stacks.reasons(PLAN, "ingestion")).containsExactly("grant read on 'admin-data' not realised: a persistent disk's"
                + " data is read and written through the VM it is attached to: grant access to that VM instead");
    }

    @Test
    void databaseGrantsAreProjectWideIamDatabaseUsersAndSaySo() {
        Plan plan = Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 20).exposure(Exposure.privateIn(Refs.subnet("core", "data"))));
            p.serviceIdentity("app", ServiceIdentitySpec.granting(Grant.write("db")));
        }));
        assertThat(Stacks.ofType(plan, "gcp:projects/iAMMember:IAMMember")).extracting(r -> r.inputs().get("role"))
                .containsExactly("roles/cloudsql.client", "roles/cloudsql.instanceUser");
        assertThat(Stacks.named(plan, "app-db-user").inputs()).containsEntry("type", "CLOUD_IAM_SERVICE_ACCOUNT")
                .containsEntry("name", "demo-app@pont-test-project.s3ns.iam").containsEntry("instance", "demo-db");
        assertThat(Stacks.reasons(plan, "app")).satisfiesExactly(
                r -> assertThat(r).startsWith("grant write on 'db' is bound on the project (roles/cloudsql.client, roles/cloudsql.instanceUser)"),
                r -> assertThat(r).contains("PostgreSQL privileges live inside the database; run GRANT pg_read_all_data, pg_write_all_data"));
        assertThat(Identities.postgresUser("a@p.s3ns.iam.gserviceaccount.com")).isEqualTo("a@p.s3ns.iam");
    }

    @Test
    void theAuditLogIsARegionalLogBucketASinkAndDataAccessLogsOn() {
        assertThat(Stacks.named(PLAN, "audit-bucket").inputs()).containsEntry("location", "u-france-east1")
                .containsEntry("retentionDays", 365L).containsEntry("bucketId", "demo-audit");
        Map<String, Object> sink = Stacks.named(PLAN, "audit-sink").inputs();
        assertThat(sink).containsEntry("destination",
                "logging.googleapis.com/projects/s3ns:pont-test-project/locations/u-france-east1/buckets/demo-audit")
                .containsEntry("uniqueWriterIdentity", true);
        assertThat((String) sink.get("filter")).contains("cloudaudit.googleapis.com%2Factivity", "cloudaudit.googleapis.com%2Fdata_access",
                "cloudaudit.googleapis.com%2Fpolicy");
        assertThat(Stacks.named(PLAN, "audit-data-access").inputs()).containsEntry("service", "allServices")
                .containsEntry("auditLogConfigs", List.of(Map.of("logType", "ADMIN_READ"), Map.of("logType", "DATA_READ"),
                        Map.of("logType", "DATA_WRITE")));
        assertThat(Stacks.reasons(PLAN, "audit")).hasSize(2);
    }

    @Test
    void withoutDataAccessTheProjectAuditConfigIsLeftAlone() {
        Plan plan = Stacks.preview(Stacks.stack(p -> p.auditLog("audit", new AuditLogSpec(30,
                EnumSet.of(AuditLogSpec.Category.ADMINISTRATIVE), Labels.NONE))));
        assertThat(Stacks.ofType(plan, "gcp:projects/iAMAuditConfig:IAMAuditConfig")).isEmpty();
        assertThat((String) Stacks.named(plan, "audit-sink").inputs().get("filter"))
                .isEqualTo("logName:\"cloudaudit.googleapis.com%2Factivity\"");
        assertThat(plan.deviations()).isEmpty();
    }
}
