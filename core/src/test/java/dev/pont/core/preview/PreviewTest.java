package dev.pont.core.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import dev.pont.core.platform.Platform;
import dev.pont.core.platform.PontStack;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.SecretSpec;
import dev.pont.core.testing.FakeAdapter;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

public class PreviewTest {

    public static PontStack stack(Consumer<Platform> body) {
        return new PontStack() {
            public String name() { return "demo"; }
            public String description() { return "test stack"; }
            public Placement placement() { return Placement.in(Jurisdiction.FR); }
            public void define(Platform p) { body.accept(p); }
        };
    }

    static final PontStack DEMO = stack(p -> {
        p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 3072, 365)));
        p.secret("salt", SecretSpec.inVault("keys", "pont:salt", 90));
        p.objectStore("datasets", ObjectStoreSpec.privateStore().retention(30, true).encryptedWith(Refs.key("keys", "cmk")));
    });

    @Test
    void theStackOutputsComeBackBesideThePlanAndAnAdapterWithoutEndpointsExportsAnEmptyMap() {
        Preview.Outcome outcome = Preview.outcome(DEMO, new FakeAdapter(), PreviewConfig.empty());
        assertThat(outcome.outputs()).containsEntry("pontStack", "demo").containsEntry("pontTarget", "fake")
                .containsEntry(dev.pont.core.adapter.DataPlaneEndpoints.OUTPUT, Map.of());
        assertThat(dev.pont.core.json.Json.pretty(outcome.plan())).isEqualTo(dev.pont.core.json.Json.pretty(Preview.of(DEMO, new FakeAdapter(), PreviewConfig.empty())));
    }

    @Test
    void capturesComponentsChildrenParentsAndDependencies() {
        Plan plan = Preview.of(DEMO, new FakeAdapter(), PreviewConfig.empty());

        PlannedResource store = plan.components().stream().filter(r -> r.name().equals("datasets")).findFirst().orElseThrow();
        assertThat(store.type()).isEqualTo("pont:storage:ObjectStore");
        assertThat(store.custom()).isFalse();
        assertThat(store.urn()).isEqualTo("urn:pulumi:fake::pont::pulumi:pulumi:Stack$pont:storage:ObjectStore::datasets");
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) store.inputs().get("spec");
        assertThat(spec).containsEntry("retentionDays", 30L).containsEntry("retentionLocked", true)
                .containsEntry("encryptionKey", Map.of("vault", "keys", "key", "cmk"));
        assertThat(store.inputs()).containsEntry("target", "fake");

        PlannedResource thing = plan.children(store.urn()).get(0);
        assertThat(thing.type()).isEqualTo("fake:index:Thing");
        assertThat(thing.custom()).isTrue();
        assertThat(thing.urn()).isEqualTo("urn:pulumi:fake::pont::pulumi:pulumi:Stack$pont:storage:ObjectStore$fake:index:Thing::datasets-thing");
        assertThat(thing.inputs()).containsEntry("kind", "object-store").containsKey("dependsOnId");
        assertThat(thing.provider()).startsWith("urn:pulumi:fake::pont::pulumi:providers:fake::default::");
        PlannedResource vaultThing = plan.resources().stream().filter(r -> r.name().equals("keys-thing")).findFirst().orElseThrow();
        assertThat(thing.dependencies()).contains(vaultThing.urn());
        assertThat(plan.resources()).anyMatch(r -> r.type().equals("pulumi:providers:fake"));
    }

    @Test
    void recordsDeviationsAndCatalogChoices() {
        Plan plan = Preview.of(DEMO, new FakeAdapter(), PreviewConfig.empty());
        assertThat(plan.deviations()).singleElement().satisfies(d -> {
            assertThat(d.resource()).isEqualTo("datasets");
            assertThat(d.grade()).isEqualTo(Grade.DEGRADED);
            assertThat(d.reasons()).containsExactly("fake cloud cannot lock retention");
        });
        assertThat(plan.choices()).singleElement().satisfies(c -> assertThat(c.chosen()).isEqualTo("fake-hot"));
    }

    @Test
    void secretsAreRedactedAndNeverStoredInClear() {
        var config = new PreviewConfig(Map.of("pont:salt", "pepper-1234-do-not-leak"), Set.of("pont:salt"));
        Plan plan = Preview.of(DEMO, new FakeAdapter(), config);
        PlannedResource salt = plan.resources().stream().filter(r -> r.name().equals("salt-thing")).findFirst().orElseThrow();
        assertThat(Secrets.isSecret(salt.inputs().get("value"))).isTrue();
        assertThat(Json.pretty(plan)).doesNotContain("pepper-1234-do-not-leak");
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void missingSecretIsAWarningOffline() {
        Plan plan = Preview.of(DEMO, new FakeAdapter(), PreviewConfig.empty());
        assertThat(plan.warnings()).singleElement().asString().contains("pont:salt").contains("pulumi config set --secret");
    }

    @Test
    void deployTimeValuesArePlaceholdersOfflineAndRequiredUnderTheCli() {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        var result = new java.util.concurrent.atomic.AtomicReference<String>();
        PreviewEngine.run(new PreviewEngine.Request("pont", "fake", Map.of(), Set.of(), null), ctx -> {
            result.set(new dev.pont.core.adapter.ContextConfig(ctx, true, warnings).requireAtDeploy("fake", "pont:imageId", "the image"));
            assertThatThrownBy(() -> new dev.pont.core.adapter.ContextConfig(ctx, false, warnings).requireAtDeploy("fake", "pont:imageId", "the image"))
                    .isInstanceOf(PontException.class)
                    .hasMessage("target fake: missing config value pont:imageId (the image): set it with `pulumi config set pont:imageId <value>` or in Pulumi.fake.yaml");
        });
        assertThat(result.get()).isEqualTo("<unset: pont:imageId>");
        assertThat(warnings).singleElement().asString().startsWith("target fake: config value pont:imageId (the image) is not set");
    }

    @Test
    void jsonIsByteIdenticalAcrossRuns() {
        String first = Json.pretty(Preview.of(DEMO, new FakeAdapter(), PreviewConfig.empty()));
        String second = Json.pretty(Preview.of(DEMO, new FakeAdapter(), PreviewConfig.empty()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void userErrorsInTheProgramComeBackAsPontExceptions() {
        PontStack broken = stack(p -> p.objectStore("datasets", ObjectStoreSpec.privateStore().encryptedWith(Refs.key("nowhere", "cmk"))));
        assertThatThrownBy(() -> Preview.of(broken, new FakeAdapter(), PreviewConfig.empty()))
                .isInstanceOf(PontException.class)
                .hasMessageContaining("refers to 'nowhere', which is not declared before it");
    }

    @Test
    void programBugsAreReportedAsFailures() {
        PontStack crashing = stack(p -> { throw new IllegalStateException("boom"); });
        assertThatThrownBy(() -> Preview.of(crashing, new FakeAdapter(), PreviewConfig.empty()))
                .isInstanceOf(PontException.class)
                .hasMessageContaining("the stack program failed")
                .hasMessageContaining("IllegalStateException: boom")
                .satisfies(e -> assertThat(((PontException) e).exitCode()).isEqualTo(1));
    }
}
