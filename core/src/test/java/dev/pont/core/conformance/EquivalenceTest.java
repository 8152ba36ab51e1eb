package dev.pont.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Fact;
import dev.pont.core.facts.FactExtractor;
import dev.pont.core.facts.Facts;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.platform.PontStack;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.core.preview.PreviewTest;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.testing.FakeAdapter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine on the fake cloud, with a fake extractor whose facts each test controls. */
class EquivalenceTest {

    /** Reads the fake Thing's kind as its role and a few settings as facts. */
    static FactExtractor extractor(Map<String, Object> storeFacts) {
        return new Rules("fake")
                .on("fake:index:Thing", "object-store", r -> {
                    Rules.Props p = Rules.props();
                    String kind = Rules.str(r, "kind");
                    if ("object-store".equals(kind)) {
                        storeFacts.forEach((k, v) -> p.put(Property.ofKey(k), v));
                    }
                    return p;
                });
    }

    static final PontStack STORE = PreviewTest.stack(p -> {
        p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 3072, 365)));
        p.objectStore("datasets", ObjectStoreSpec.privateStore().encryptedWith(Refs.key("keys", "cmk")));
    });

    static final Map<String, Object> GOOD = Map.of("encryptedAtRest", true, "keyCustody", "customer", "versioned", true,
            "publicEndpoint", false, "httpsOnly", true, "tlsMinimum", 1.2, "location", "francecentral");

    Assessment store(Map<String, Object> facts) {
        Plan plan = Preview.of(STORE, new FakeAdapter(), PreviewConfig.empty());
        return Equivalence.assess(plan, List.of(extractor(facts))).stream()
                .filter(a -> a.name().equals("datasets")).findFirst().orElseThrow();
    }

    @Test
    void factsMatchingTheIntentAreEquivalent() {
        Assessment a = store(GOOD);
        assertThat(a.differences()).isEmpty();
        assertThat(a.grade()).isEqualTo(Grade.EQUIVALENT);
    }

    @Test
    void encryptionOffIsAnUndeclaredDifference() {
        var facts = new java.util.HashMap<>(GOOD);
        facts.put("encryptedAtRest", false);
        Assessment a = store(facts);
        assertThat(a.grade()).isEqualTo(Grade.DEGRADED);
        assertThat(a.undeclared()).singleElement().isEqualTo(new Difference("fake", "encryptedAtRest", "true", "false", false));
    }

    @Test
    void aPublicEndpointAndAProviderKeyAreCaught() {
        var facts = new java.util.HashMap<>(GOOD);
        facts.put("publicEndpoint", true);
        facts.put("keyCustody", "provider");
        assertThat(store(facts).undeclared()).extracting(Difference::property).containsExactlyInAnyOrder("publicEndpoint", "keyCustody");
    }

    @Test
    void aLocationOutsideTheJurisdictionIsCaught() {
        var facts = new java.util.HashMap<>(GOOD);
        facts.put("location", "eastus");
        assertThat(store(facts).undeclared()).singleElement().satisfies(d -> {
            assertThat(d.property()).isEqualTo("location");
            assertThat(d.intent()).isEqualTo("in FR");
            assertThat(d.fact()).isEqualTo("eastus");
        });
    }

    @Test
    void missingFactsAreDifferencesNotPasses() {
        Assessment a = store(Map.of());
        assertThat(a.undeclared()).extracting(Difference::fact).containsOnly("not stated");
        assertThat(a.undeclared()).hasSize(7);
    }

    @Test
    void declaredDeviationsMakeDifferencesDeclared() {
        PontStack locked = PreviewTest.stack(p -> p.objectStore("datasets", ObjectStoreSpec.privateStore().retention(30, true)));
        Plan plan = Preview.of(locked, new FakeAdapter(), PreviewConfig.empty());
        var facts = new java.util.HashMap<>(GOOD);
        facts.put("retentionDays", 30);
        facts.put("retentionLocked", false);
        Assessment a = Equivalence.assess(plan, List.of(extractor(facts))).get(0);
        assertThat(a.declaredGrade()).isEqualTo(Grade.DEGRADED);
        assertThat(a.declaredReasons()).containsExactly("fake cloud cannot lock retention");
        assertThat(a.differences()).singleElement().satisfies(d -> {
            assertThat(d.property()).isEqualTo("retentionLocked");
            assertThat(d.declared()).isTrue();
        });
        assertThat(a.undeclared()).isEmpty();
    }

    @Test
    void aDeviationCoversOnlyThePropertiesItNames() {
        PontStack locked = PreviewTest.stack(p -> p.objectStore("datasets", ObjectStoreSpec.privateStore().retention(30, true)));
        Plan plan = Preview.of(locked, new FakeAdapter(), PreviewConfig.empty());
        assertThat(plan.deviations().get(0).properties()).containsExactly("retentionLocked");
        var facts = new java.util.HashMap<>(GOOD);
        facts.put("retentionDays", 30);
        facts.put("retentionLocked", false);
        facts.put("encryptedAtRest", false);
        Assessment a = Equivalence.assess(plan, List.of(extractor(facts))).get(0);
        assertThat(a.differences()).extracting(Difference::property, Difference::declared)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("encryptedAtRest", false),
                        org.assertj.core.groups.Tuple.tuple("retentionLocked", true));
    }

    @Test
    void aRoleNobodyPlaysIsUnsupported() {
        PontStack db = PreviewTest.stack(p -> p.database("catalog", DatabaseSpec.postgres("16", Size.of(2, 8), 64)));
        Plan plan = Preview.of(db, new FakeAdapter(), PreviewConfig.empty());
        Assessment a = Equivalence.assess(plan, List.of(extractor(GOOD))).get(0);
        assertThat(a.grade()).isEqualTo(Grade.UNSUPPORTED);
        assertThat(a.differences().get(0)).isEqualTo(new Difference("fake", "role", "database", "realised as object-store", true));
        assertThat(a.declaredGrade()).isEqualTo(Grade.UNSUPPORTED);
    }

    @Test
    void unknownTypesBecomeUnmappedFactsWithAReason() {
        PlannedResource odd = new PlannedResource("urn:x", "fake:index:Other", "odd", null, true, "id", Map.of(), null, List.of());
        Fact fact = Facts.extract(odd, List.of(new Rules("fake").lockIn("fake:index:Other", "fake-only service")));
        assertThat(fact.mapped()).isFalse();
        assertThat(fact.reason()).isEqualTo("lock-in: fake-only service");
        PlannedResource alien = new PlannedResource("urn:y", "alien:index:Thing", "alien", null, true, "id", Map.of(), null, List.of());
        assertThat(Facts.extract(alien, List.of()).reason()).isEqualTo("no fact extractor reads the alien package");
    }

    @Test
    void reportsAreDeterministicAndFailOnUndeclared() {
        var facts = new java.util.HashMap<>(GOOD);
        facts.put("encryptedAtRest", false);
        Plan plan = Preview.of(STORE, new FakeAdapter(), PreviewConfig.empty());
        List<Assessment> assessments = Equivalence.assess(plan, List.of(extractor(facts)));
        ConformanceReport report = ConformanceReport.of("demo", List.of("fake"), assessments);
        assertThat(report.passed()).isFalse();
        assertThat(report.text()).contains("UNDECLARED  fake datasets encryptedAtRest: true -> false").contains("FAIL: ");
        assertThat(report.junit()).contains("<failure message=\"1 undeclared difference(s)\">");
        assertThat(report.html()).startsWith("<!DOCTYPE html>").doesNotContain("http://").doesNotContain("https://");
        assertThat(dev.pont.core.json.Json.pretty(report)).isEqualTo(dev.pont.core.json.Json.pretty(
                ConformanceReport.of("demo", List.of("fake"), Equivalence.assess(Preview.of(STORE, new FakeAdapter(), PreviewConfig.empty()),
                        List.of(extractor(facts))))));
    }
}
