package dev.pont.providers.azure.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.spec.Grant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which identities are service identities, and what role assignments grant. */
class IdentityFactsTest {
    static final Estate ESTATE = Estate.load("identity");

    @Test
    void anIdentityAVmRunsAsIsAServiceIdentity() {
        assertThat(ESTATE.fact("id-worker").role()).isEqualTo("service-identity");
        assertThat(ESTATE.fact("id-worker").properties()).containsEntry("location", "francecentral");
    }

    @Test
    void anIdentityOnlyAStorageAccountUsesForItsKeyIsPlumbing() {
        assertThat(ESTATE.fact("id-lake-cmk").role()).isEqualTo("identity-binding");
        assertThat(ESTATE.alone("id-lake-cmk").role()).as("without the account, nothing shows it is plumbing").isEqualTo("service-identity");
    }

    @Test
    void aFederatedIdentityIsAWorkloadsEvenIfAControlPlaneAlsoUsesIt() {
        assertThat(ESTATE.fact("id-pods").role()).isEqualTo("service-identity");
        assertThat(ESTATE.fact("id-pods-sa").mapped()).isFalse();
        assertThat(ESTATE.fact("id-pods-sa").reason()).startsWith("lock-in: workload identity federation");
    }

    @Test
    void roleAssignmentsAreBindingsThatStateTheirGrant() {
        var read = ESTATE.fact("worker-reads-lake");
        assertThat(read.role()).isEqualTo("identity-binding");
        assertThat(read.properties()).containsEntry("grants",
                List.of("read:/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stapp"));
        assertThat(ESTATE.fact("ops-owns-rg").properties()).containsEntry("grants",
                List.of("admin:/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-app"));
    }

    @Test
    void controlPlaneReadersAndCustomRolesGrantNothingWeCanName() {
        assertThat(ESTATE.fact("auditors-read").properties()).doesNotContainKey("grants");
        assertThat(ESTATE.fact("custom-role").properties()).doesNotContainKey("grants");
        assertThat(ESTATE.fact("blob-lister").role()).isEqualTo("role-definition");
    }

    @Test
    void theRoleTableNamesEveryGuidOnce() {
        assertThat(BuiltInRoles.all()).hasSizeGreaterThan(30);
        assertThat(BuiltInRoles.of("e147488a-f6f5-4113-8e2d-b22465e65bf6")).get()
                .satisfies(r -> assertThat(r.name()).isEqualTo("Key Vault Crypto Service Encryption User"))
                .satisfies(r -> assertThat(r.access()).isEqualTo(Grant.Access.READ));
        assertThat(BuiltInRoles.of("4633458b-17de-408a-b874-0445c86b69e6").orElseThrow().name()).isEqualTo("Key Vault Secrets User");
        assertThat(BuiltInRoles.of("ba92f5b4-2d11-453d-a403-e96b0029c9fe").orElseThrow().access()).isEqualTo(Grant.Access.WRITE);
        assertThat(BuiltInRoles.all().values().stream().map(BuiltInRoles.Role::name).distinct().count()).isEqualTo(BuiltInRoles.all().size());
    }
}
