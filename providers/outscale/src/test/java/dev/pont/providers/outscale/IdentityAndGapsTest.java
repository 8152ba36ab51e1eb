package dev.pont.providers.outscale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.VolumeClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EIM identities, and the services Outscale lacks: KMS, secrets, audit log. */
class IdentityAndGapsTest {
    static final Plan PLAN = PlanSchemaTest.PLAN;

    @Test
    void anEimUserWithPoliciesForWhatEimGovernsAndAnAccessKey() {
        assertThat(Stacks.named(PLAN, "ingestion-user").inputs()).containsEntry("userName", "demo-ingestion")
                .containsEntry("path", "/pont/").containsKey("policies");
        assertThat(Stacks.named(PLAN, "ingestion-admin-data-read").inputs()).containsEntry("policyName", "demo-ingestion-admin-data-read")
                .containsEntry("document", OutscaleAdapter.policyDocument(List.of("api:ReadVolumes", "api:ReadSnapshots")));
        assertThat(PLAN.resources()).noneMatch(r -> r.name().equals("ingestion-datasets-write"));
        assertThat(Stacks.named(PLAN, "ingestion-access-key").inputs()).containsEntry("state", "ACTIVE")
                .containsEntry("userName", "demo-ingestion").doesNotContainKey("secretKey");
        assertThat(Stacks.reasons(PLAN, "ingestion"))
                .anyMatch(r -> r.startsWith("no workload identity on Outscale"))
                .anyMatch(r -> r.startsWith("grant write on 'datasets' not realised: OOS access is not granted through EIM"))
                .anyMatch(r -> r.startsWith("grant read on 'admin-data' is account-wide"))
                .anyMatch(r -> r.startsWith("grant read on 'pseudonymisation-salt' not realised"))
                .anyMatch(r -> r.startsWith("the access key does not expire"));
    }

    @Test
    void anExpiryFromConfigForcesRotation() {
        Plan plan = Stacks.preview(Stacks.stack(p -> {
            p.blockVolume("disk", BlockVolumeSpec.of(10, VolumeClass.BALANCED_SSD));
            p.serviceIdentity("reader", ServiceIdentitySpec.granting(Grant.read("disk")));
        }), Map.of("pont:outscaleAccessKeyExpiry", "2027-06-30"));
        assertThat(Stacks.named(plan, "reader-access-key").inputs()).containsEntry("expirationDate", "2027-06-30");
        assertThat(Stacks.reasons(plan, "reader")).noneMatch(r -> r.contains("does not expire"));
    }

    @Test
    void keyVaultAndSecretAreUnsupportedWithWhatToDoInstead() {
        assertThat(PLAN.deviations()).filteredOn(d -> d.grade() == Grade.UNSUPPORTED).extracting(d -> d.resource())
                .containsExactlyInAnyOrder("platform-keys", "pseudonymisation-salt");
        assertThat(Stacks.reasons(PLAN, "platform-keys")).singleElement().asString()
                .contains("no key management service", "[datasets-cmk, disks-cmk]", "OpenBao/Vault");
        assertThat(Stacks.reasons(PLAN, "pseudonymisation-salt")).singleElement().asString()
                .contains("no secret manager", "pont:pseudonymisationSalt");
        assertThat(PLAN.descendants(Stacks.named(PLAN, "platform-keys").urn())).isEmpty();
    }

    @Test
    void theAuditLogIsALockedArchiveBucketDeclaredDegraded() {
        assertThat(Stacks.named(PLAN, "audit-object-lock").inputs().toString()).contains("mode=COMPLIANCE", "days=365");
        assertThat(Stacks.reasons(PLAN, "audit")).anyMatch(r -> r.startsWith("Outscale has no audit-log resource"))
                .anyMatch(r -> r.startsWith("data-access events"));
        Plan adminOnly = Stacks.preview(Stacks.stack(p -> p.auditLog("audit",
                new AuditLogSpec(180, java.util.Set.of(AuditLogSpec.Category.ADMINISTRATIVE), null))));
        assertThat(Stacks.reasons(adminOnly, "audit")).noneMatch(r -> r.startsWith("data-access events"));
    }
}
