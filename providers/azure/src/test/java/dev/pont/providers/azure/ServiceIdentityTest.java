package dev.pont.providers.azure;

import static dev.pont.providers.azure.Previews.at;
import static dev.pont.providers.azure.Previews.component;
import static dev.pont.providers.azure.Previews.dependsOn;
import static dev.pont.providers.azure.Previews.named;
import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static dev.pont.providers.azure.Previews.under;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.SecretSpec;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.core.spec.VolumeClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServiceIdentityTest {
    static Plan plan;

    @BeforeAll
    static void previewOnce() {
        plan = preview(stack(p -> {
            p.network("net", NetworkSpec.of("10.20.0.0/16", SubnetSpec.of("nodes", "10.20.0.0/22")));
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("sign", 2048, 365)));
            p.secret("token", SecretSpec.inVault("keys", "pont:token", 0));
            p.objectStore("datasets", ObjectStoreSpec.privateStore());
            p.database("catalog", DatabaseSpec.postgres("16", Size.of(2, 8), 32));
            p.blockVolume("scratch", BlockVolumeSpec.of(32, VolumeClass.BALANCED_SSD));
            p.kubernetesCluster("apps", KubernetesClusterSpec.of("1.31", Refs.subnet("net", "nodes"), NodePoolSpec.of("system", Size.of(2, 8), 1, 2)));
            p.serviceIdentity("reader", ServiceIdentitySpec.granting(Grant.read("datasets"), Grant.read("token"), Grant.read("keys"),
                    Grant.read("catalog"), Grant.read("scratch"), Grant.read("apps")));
            p.serviceIdentity("writer", ServiceIdentitySpec.granting(Grant.write("datasets"), Grant.write("token"), Grant.write("keys"),
                    Grant.write("catalog"), Grant.write("apps")));
            p.serviceIdentity("admin", ServiceIdentitySpec.granting(Grant.admin("datasets"), Grant.admin("token"), Grant.admin("keys"),
                    Grant.admin("catalog"), Grant.admin("scratch"), Grant.admin("apps")));
        }));
    }

    /** The role assignment of one grant: the role's GUID and the id of the resource it is scoped to. */
    static void assertGrant(String identity, String resource, String access, String roleGuid, String scopeOwner) {
        PlannedResource grant = named(plan, identity + "-" + resource + "-" + access);
        assertThat(grant.type()).isEqualTo("azure-native:authorization:RoleAssignment");
        assertThat(grant.parent()).isEqualTo(component(plan, identity).urn());
        assertThat(String.valueOf(at(grant, "roleDefinitionId"))).isEqualTo("/subscriptions/" + AzurePreview.ZERO
                + "/providers/Microsoft.Authorization/roleDefinitions/" + roleGuid);
        assertThat(at(grant, "scope")).isEqualTo(named(plan, scopeOwner).id());
        assertThat(at(grant, "principalType")).isEqualTo("ServicePrincipal");
        assertThat(dependsOn(plan, grant, identity + "-identity")).isTrue();
    }

    @Test
    void eachIdentityIsAUserAssignedManagedIdentity() {
        PlannedResource identity = named(plan, "reader-identity");
        assertThat(identity.type()).isEqualTo("azure-native:managedidentity:UserAssignedIdentity");
        assertThat(identity.inputs()).containsEntry("resourceName", "reader-identity").containsEntry("location", "francecentral");
    }

    @Test
    void readGetsTheLeastReadingRoleOnTheOneResource() {
        assertGrant("reader", "datasets", "read", "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", "datasets-container");
        assertGrant("reader", "token", "read", "4633458b-17de-408a-b874-0445c86b69e6", "token-secret");
        assertGrant("reader", "keys", "read", "12338af0-0e69-4776-bea7-57ae8d297424", "keys-vault");
        assertGrant("reader", "apps", "read", "7f6c6a51-bcf8-42ba-9220-52d62157d7db", "apps-aks");
    }

    @Test
    void writeAndAdminGetTheirBuiltInRoles() {
        assertGrant("writer", "datasets", "write", "ba92f5b4-2d11-453d-a403-e96b0029c9fe", "datasets-container");
        assertGrant("writer", "token", "write", "b86a8fe4-44ce-4948-aee5-eccb2c155cd7", "token-secret");
        assertGrant("writer", "keys", "write", "14b46e9e-c2b7-41b4-b07b-48a6ebf60603", "keys-vault");
        assertGrant("writer", "apps", "write", "a7ffa36f-339b-4b5c-8bdf-e2c188b2c0eb", "apps-aks");
        assertGrant("admin", "datasets", "admin", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "datasets-container");
        assertGrant("admin", "token", "admin", "b86a8fe4-44ce-4948-aee5-eccb2c155cd7", "token-secret");
        assertGrant("admin", "keys", "admin", "00482a5a-887f-4fb3-b363-3b7fe8e74483", "keys-vault");
        assertGrant("admin", "apps", "admin", "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b", "apps-aks");
        assertGrant("admin", "scratch", "admin", "9980e02c-c2be-4d73-94e8-173b1dc7cf3c", "scratch-disk");
    }

    @Test
    void databaseAdminIsAnEntraAdministratorOfTheServer() {
        PlannedResource admin = named(plan, "admin-catalog-admin");
        assertThat(admin.type()).isEqualTo("azure-native:dbforpostgresql:Administrator");
        assertThat(admin.inputs()).containsEntry("principalType", "ServicePrincipal").containsEntry("principalName", "admin-identity")
                .containsEntry("serverName", at(named(plan, "catalog-server"), "serverName")).containsEntry("tenantId", AzurePreview.ZERO);
        // The identity's principal id, which only Azure knows: the preview answers a GUID.
        assertThat(String.valueOf(at(admin, "objectId"))).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(dependsOn(plan, admin, "admin-identity")).isTrue();
        assertThat(dependsOn(plan, admin, "catalog-ssl-min-protocol-version")).isTrue();
        assertThat(plan.deviations()).noneMatch(d -> d.resource().equals("admin"));
    }

    @Test
    void whatAzureRbacCannotGrantIsDeclaredNeverPretended() {
        assertThat(under(plan, "reader", "azure-native:authorization:RoleAssignment")).hasSize(4);
        assertThat(under(plan, "reader", "azure-native:dbforpostgresql:Administrator")).isEmpty();
        assertThat(plan.deviations()).filteredOn(d -> d.resource().equals("reader")).singleElement().satisfies(d -> assertThat(d.reasons())
                .containsExactly(
                        "read access on database 'catalog' is not granted: PostgreSQL privileges live inside the database, where Azure"
                                + " RBAC does not reach; an Entra administrator of the server must run SELECT"
                                + " pgaadauth_create_principal('reader-identity', false, false) and GRANT SELECT to that role",
                        "read access on 'scratch' is not granted: Azure has no data-plane role for a managed disk: its data is read and"
                                + " written through the VM that attaches it"));
        assertThat(plan.deviations()).filteredOn(d -> d.resource().equals("writer")).singleElement().satisfies(d -> assertThat(d.reasons())
                .singleElement().asString().contains("GRANT SELECT, INSERT, UPDATE, DELETE"));
    }
}
