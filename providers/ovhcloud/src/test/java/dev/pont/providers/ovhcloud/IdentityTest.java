package dev.pont.providers.ovhcloud;

import static dev.pont.providers.ovhcloud.Previews.ofType;
import static dev.pont.providers.ovhcloud.Previews.one;
import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.reasons;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Size;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectUser;
import dev.pont.providers.ovhcloud.bindings.ovh.PostgresSqlUser;
import dev.pont.providers.ovhcloud.bindings.ovh.S3Credential;
import dev.pont.providers.ovhcloud.bindings.ovh.S3Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void objectStoreGrantsBecomeAnS3PolicyOnAPublicCloudUser() throws Exception {
        Plan plan = preview(stack(p -> {
            p.objectStore("raw", ObjectStoreSpec.privateStore());
            p.objectStore("reports", ObjectStoreSpec.privateStore());
            p.serviceIdentity("etl", ServiceIdentitySpec.granting(Grant.read("raw"), Grant.write("reports")));
        }));
        PlannedResource user = one(plan, CloudProjectUser.TYPE, "etl");
        assertThat(user.inputs()).containsEntry("roleNames", List.of("objectstore_operator")).containsEntry("serviceName", Previews.PROJECT);
        assertThat(one(plan, S3Credential.TYPE, "etl-s3-key").dependencies()).contains(user.urn());
        JsonNode policy = Json.mapper().readTree((String) one(plan, S3Policy.TYPE, "etl-s3-policy").inputs().get("policy"));
        assertThat(policy.path("Statement")).hasSize(2);
        JsonNode read = policy.path("Statement").get(0);
        assertThat(read.path("Resource").toString()).contains("arn:aws:s3:::demo-raw\"", "arn:aws:s3:::demo-raw/*");
        assertThat(read.path("Action").toString()).contains("s3:GetObject").doesNotContain("s3:PutObject", "s3:DeleteObject");
        JsonNode write = policy.path("Statement").get(1);
        assertThat(write.path("Resource").toString()).contains("demo-reports");
        assertThat(write.path("Action").toString()).contains("s3:PutObject", "s3:DeleteObject").doesNotContain("s3:*");
        assertThat(reasons(plan, "etl")).singleElement().asString().contains("static S3 access key");
    }

    @Test
    void adminOnABucketIsEveryS3Action() throws Exception {
        Plan plan = preview(stack(p -> {
            p.objectStore("raw", ObjectStoreSpec.privateStore());
            p.serviceIdentity("ops", ServiceIdentitySpec.granting(Grant.admin("raw")));
        }));
        JsonNode policy = Json.mapper().readTree((String) one(plan, S3Policy.TYPE, "ops-s3-policy").inputs().get("policy"));
        assertThat(policy.path("Statement").get(0).path("Action").toString()).isEqualTo("[\"s3:*\"]");
    }

    @Test
    void databaseGrantsAreLoginsWithoutPrivileges() {
        Plan plan = preview(stack(p -> {
            p.database("catalog", DatabaseSpec.postgres("16", Size.of(2, 7), 40));
            p.serviceIdentity("reader", ServiceIdentitySpec.granting(Grant.read("catalog")));
        }));
        assertThat(one(plan, PostgresSqlUser.TYPE, "reader-catalog-login").inputs()).containsEntry("name", "reader").containsKey("clusterId");
        assertThat(ofType(plan, CloudProjectUser.TYPE)).as("no cloud user without an object store grant").isEmpty();
        assertThat(reasons(plan, "reader")).singleElement().asString().contains("is not least privilege").contains("admin").contains("GRANT");
    }

    @Test
    void anIdentityWithOnlyUnrealisableGrantsIsUnsupported() {
        Plan plan = preview(stack(p -> {
            Previews.network(p);
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 2048, 0)));
            p.kubernetesCluster("apps", KubernetesClusterSpec.of("1.30", Refs.subnet("core", "compute"), NodePoolSpec.of("system", Size.of(2, 8), 1, 1)));
            p.serviceIdentity("runner", ServiceIdentitySpec.granting(Grant.read("keys"), Grant.admin("apps")));
        }));
        assertThat(plan.deviations()).filteredOn(d -> d.resource().equals("runner")).singleElement().satisfies(d -> {
            assertThat(d.grade()).isEqualTo(Grade.UNSUPPORTED);
            assertThat(d.reasons()).satisfiesExactlyInAnyOrder(
                    r -> assertThat(r).contains("grant read on key-vault 'keys' is not realised").contains("IAM policies"),
                    r -> assertThat(r).contains("grant admin on kubernetes-cluster 'apps' is not realised").contains("RBAC"),
                    r -> assertThat(r).contains("no grant of this identity can be realised"));
        });
    }
}
