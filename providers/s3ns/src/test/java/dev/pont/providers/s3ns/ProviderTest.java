package dev.pont.providers.s3ns;

import dev.pont.core.testing.RawRegistrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The universe domain: one explicit gcp provider carrying {@code universeDomain}, registered with a
 * plugin version that knows the key, and every gcp registration on that provider asking for that version.
 */
class ProviderTest {
    static final Plan PLAN = Stacks.preview(Stacks.EVERYTHING);
    static final RawRegistrations.Run RUN = Registrations.of(Stacks.EVERYTHING);

    @Test
    void theOnlyProviderIsTheExplicitOneWithTheUniverseDomainProjectAndRegion() {
        List<PlannedResource> providers = PLAN.resources().stream().filter(PlannedResource::providerInstance).toList();
        assertThat(providers).hasSize(1);
        PlannedResource provider = providers.get(0);
        assertThat(provider.type()).isEqualTo("pulumi:providers:gcp");
        assertThat(provider.name()).isEqualTo("s3ns");
        assertThat(provider.inputs()).isEqualTo(Map.of(
                "universeDomain", "s3nsapis.fr",
                "project", Stacks.PROJECT,
                "region", "u-france-east1",
                "zone", "u-france-east1-a"));
    }

    @Test
    void everyGcpResourceIsOnTheExplicitProvider() {
        PlannedResource provider = Stacks.named(PLAN, "s3ns");
        List<PlannedResource> gcp = PLAN.cloudResources();
        assertThat(gcp).isNotEmpty().allSatisfy(r -> {
            assertThat(r.type()).startsWith("gcp:");
            assertThat(r.provider()).isEqualTo(provider.urn() + "::" + provider.id());
        });
    }

    @Test
    void everyGcpRegistrationAsksForThePluginThatKnowsTheUniverseDomain() {
        List<RawRegistrations.Registration> custom = RUN.custom();
        assertThat(custom).hasSizeGreaterThan(30).allSatisfy(r -> assertThat(r.version()).as(r.type() + " " + r.name())
                .isEqualTo(GcpPlugin.VERSION));
        assertThat(custom.stream().filter(r -> r.type().equals("pulumi:providers:gcp"))).hasSize(1);
        assertThat(custom.stream().filter(r -> !r.type().startsWith("pulumi:providers:")))
                .allSatisfy(r -> assertThat(r.provider()).contains("pulumi:providers:gcp::s3ns::"));
        assertThat(GcpPlugin.VERSION).isNotEqualTo(GcpPlugin.SDK_VERSION);
    }

    @Test
    void providerFunctionCallsGoThroughTheSameProviderAndVersion() {
        // The raw run's mocks answer the provider's id as "<name>-id".
        assertThat(RUN.invokes()).containsExactly("gcp:storage/getProjectServiceAccount:getProjectServiceAccount "
                + GcpPlugin.VERSION + " " + Stacks.named(PLAN, "s3ns").urn() + "::s3ns-id");
    }

    @Test
    void thePluginVersionNeverLeaksIntoTheSdksSharedEmptyOptions() {
        // CustomResourceOptions.merge(null, x) writes into the shared Empty: a leak would make every later
        // resource of the JVM (Azure's, Outscale's) ask for gcp's plugin version.
        assertThat(PLAN.resources()).isNotEmpty();
        assertThat(com.pulumi.resources.CustomResourceOptions.Empty.getVersion()).isEmpty();
        assertThat(GcpPlugin.options(null).getVersion()).hasValue(GcpPlugin.VERSION);
        assertThat(com.pulumi.resources.CustomResourceOptions.Empty.getVersion()).isEmpty();
    }

    @Test
    void theTargetNamesThePluginAndTheUniverse() {
        var info = new S3nsAdapter().info();
        assertThat(info.id()).isEqualTo("s3ns");
        assertThat(info.displayName()).isEqualTo("S3NS (PREMI3NS)");
        assertThat(info.pulumiPackages()).containsExactly("gcp 7.38.0 plugin with universeDomain s3nsapis.fr (Java SDK 7.0.0)");
    }
}
