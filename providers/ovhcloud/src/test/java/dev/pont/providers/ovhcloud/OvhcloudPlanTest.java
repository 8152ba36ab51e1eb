package dev.pont.providers.ovhcloud;

import static dev.pont.providers.ovhcloud.Previews.everything;
import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import dev.pont.core.testing.ProviderSchema;
import dev.pont.providers.ovhcloud.bindings.Bindings;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroup;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A stack using every spec, previewed on OVHcloud and checked against both provider schemas. */
class OvhcloudPlanTest {
    static final Plan PLAN = preview(stack(Previews::everything));

    @Test
    void everyOvhResourceMatchesTheOvhSchema() {
        assertThat(ProviderSchema.shared(Bindings.OVH_SCHEMA).checkPlan(PLAN, "ovh:")).isEmpty();
        assertThat(PLAN.cloudResources()).anyMatch(r -> r.type().startsWith("ovh:"));
    }

    @Test
    void everyOpenstackResourceMatchesTheOpenstackSchema() {
        assertThat(ProviderSchema.shared(Bindings.OPENSTACK_SCHEMA).checkPlan(PLAN, "openstack:")).isEmpty();
        assertThat(PLAN.cloudResources()).anyMatch(r -> r.type().startsWith("openstack:"));
    }

    @Test
    void onlyOvhAndOpenstackResourcesAreRegistered() {
        assertThat(PLAN.cloudResources()).allMatch(r -> r.type().startsWith("ovh:") || r.type().startsWith("openstack:"));
    }

    @Test
    void everyCloudResourceUsesAnExplicitProvider() {
        String ovh = Previews.one(PLAN, "pulumi:providers:ovh", "ovhcloud").urn() + "::";
        String openstack = Previews.one(PLAN, "pulumi:providers:openstack", "ovhcloud-openstack").urn() + "::";
        for (PlannedResource r : PLAN.cloudResources()) {
            assertThat(r.provider()).as(r.type() + " " + r.name()).startsWith(r.type().startsWith("ovh:") ? ovh : openstack);
        }
        assertThat(PLAN.resources()).noneMatch(r -> r.providerInstance() && r.name().startsWith("default"));
    }

    @Test
    void providersPointAtOvhcloud() {
        PlannedResource ovh = Previews.one(PLAN, "pulumi:providers:ovh", "ovhcloud");
        assertThat(ovh.inputs()).containsEntry("endpoint", "ovh-eu").doesNotContainKeys("applicationKey", "applicationSecret", "consumerKey");
        PlannedResource openstack = Previews.one(PLAN, "pulumi:providers:openstack", "ovhcloud-openstack");
        assertThat(openstack.inputs())
                .containsEntry("authUrl", "https://auth.cloud.ovh.net/v3")
                .containsEntry("tenantId", Previews.PROJECT)
                .containsEntry("region", "GRA11")
                .doesNotContainKeys("password", "userName", "token");
    }

    @Test
    void everyComponentHasItsCloudResources() {
        for (PlannedResource c : PLAN.components()) {
            assertThat(PLAN.descendants(c.urn())).as(c.name()).isNotEmpty();
        }
        assertThat(PLAN.components()).extracting(PlannedResource::type).containsExactlyInAnyOrder(
                "pont:network:Network", "pont:network:Firewall", "pont:security:KeyVault", "pont:security:Secret",
                "pont:storage:ObjectStore", "pont:storage:Database", "pont:compute:KubernetesCluster", "pont:storage:BlockVolume",
                "pont:compute:VirtualMachine", "pont:security:ServiceIdentity", "pont:observability:AuditLog");
    }

    @Test
    void secretsNeverAppearInThePlan() {
        String json = Json.pretty(PLAN);
        assertThat(json).doesNotContain(Previews.SALT).doesNotContain("preview-placeholder");
        PlannedResource secret = Previews.one(PLAN, "ovh:Okms/secret:Secret", "salt");
        @SuppressWarnings("unchecked")
        var version = (java.util.Map<String, Object>) secret.inputs().get("version");
        assertThat(Secrets.isSecret(version.get("data"))).isTrue();
    }

    @Test
    void theProjectsDefaultSecurityGroupIsNeverUsed() {
        assertThat(Previews.ofType(PLAN, SecGroup.TYPE)).noneMatch(r -> "default".equals(r.inputs().get("name")));
        for (PlannedResource port : Previews.ofType(PLAN, "openstack:networking/port:Port")) {
            assertThat(port.inputs().get("securityGroupIds")).as(port.name()).asList().hasSize(1);
        }
    }

    @Test
    void previewsAreByteIdentical() {
        assertThat(Json.pretty(preview(stack(Previews::everything)))).isEqualTo(Json.pretty(PLAN));
    }

    @Test
    void deviationsNameDeclaredResourcesAndSayWhy() {
        Set<String> declared = PLAN.components().stream().map(PlannedResource::name).collect(Collectors.toSet());
        assertThat(PLAN.deviations()).isNotEmpty().allSatisfy(d -> {
            assertThat(declared).contains(d.resource());
            assertThat(d.target()).isEqualTo("ovhcloud");
            assertThat(d.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).hasSizeGreaterThan(30));
        });
        assertThat(PLAN.warnings()).isEmpty();
    }

    @Test
    void degradationsNameTheNeutralPropertiesTheyCover() {
        // An unscoped deviation would let conformance accept any difference on the resource.
        assertThat(PLAN.deviations()).filteredOn(d -> d.grade() == dev.pont.core.plan.Grade.DEGRADED)
                .allSatisfy(d -> assertThat(d.properties()).as(d.resource()).isNotEmpty());
    }

    @Test
    void unverifiedCatalogChoicesAreShownAsSuch() {
        assertThat(PLAN.choices()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("image");
            assertThat(c.verified()).isFalse();
        });
        assertThat(PLAN.choices()).allSatisfy(c -> assertThat(c.target()).isEqualTo("ovhcloud"));
    }
}
