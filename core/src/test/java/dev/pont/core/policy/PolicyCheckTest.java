package dev.pont.core.policy;

import static dev.pont.core.policy.Fixtures.of;
import static dev.pont.core.policy.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.pont.core.PontException;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check as a whole: waivers and their expiry, custom rules, the report formats. */
class PolicyCheckTest {
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Plan openStore() {
        return plan("outscale", of("object-store", Map.of("publicEndpoint", true, "encryptedAtRest", true, "location", "cloudgouv-eu-west-1",
                "keyCustody", "customer", "privateEndpoint", true, "httpsOnly", true, "versioned", false, "labels", List.of("data-class=health"))),
                of("audit-log", Map.of("logRetentionDays", 365, "labels", List.of("data-class=health"))));
    }

    PolicyReport check(String profile, Path waivers) {
        PolicyCheck c = PolicyCheck.profile(Profile.named(profile)).clock(TODAY)
                .locations(Map.of("object-store-1", new Finding.Location("stacks/src/main/java/Demo.java", 12)), new Finding.Location("estate.json", null));
        if (waivers != null) {
            c.waivers(Waiver.load(waivers));
        }
        return c.run(openStore(), List.of(Fixtures.EXTRACTOR));
    }

    Path waivers(String yaml) throws IOException {
        Path f = dir.resolve("pont-waivers.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void anErrorFailsTheCheck() {
        PolicyReport report = check("baseline", null);
        assertThat(report.failed()).isTrue();
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("no-public-data-endpoint")).singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo(new Finding.Location("stacks/src/main/java/Demo.java", 12)));
    }

    @Test
    void aValidWaiverAcceptsTheFindingWhichNoLongerCounts() throws IOException {
        PolicyReport report = check("baseline", waivers("""
                waivers:
                  - rule: no-public-data-endpoint
                    resource: object-*
                    reason: public endpoint restricted by bucket policy, accepted by the CISO
                    expires: 2027-01-31
                """));
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("no-public-data-endpoint")).singleElement()
                .satisfies(f -> assertThat(f.waived()).isEqualTo(new Finding.Waived("public endpoint restricted by bucket policy, accepted by the CISO",
                        "2027-01-31")));
        assertThat(report.failed()).isFalse();
        assertThat(report.summary()).containsEntry("waived", 1L);
        assertThat(report.sarif()).contains("\"suppressions\"");
        assertThat(report.json()).contains("\"expires\" : \"2027-01-31\"");
    }

    @Test
    void anExpiredWaiverWaivesNothingAndIsItselfAFinding() throws IOException {
        PolicyReport report = check("baseline", waivers("""
                waivers:
                  - rule: no-public-data-endpoint
                    resource: object-store-1
                    reason: accepted until the migration
                    expires: 2026-11-27
                """));
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("no-public-data-endpoint")).singleElement()
                .satisfies(f -> assertThat(f.waived()).isNull());
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("expired-waiver")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("expired on 2026-11-27").contains("waivers[0]");
        });
        assertThat(report.rules()).extracting(Rule.Info::id).contains("expired-waiver");
        assertThat(report.rules()).filteredOn(r -> r.id().equals("audit-log-retention")).singleElement()
                .satisfies(r -> assertThat(r.severity()).as("the baseline profile's severity").isEqualTo(Severity.NOTE));
    }

    @Test
    void aWaiverExpiringTodayStillHolds() throws IOException {
        PolicyReport report = check("baseline", waivers("""
                waivers:
                  - {rule: no-public-data-endpoint, resource: object-store-1, reason: last day, expires: 2026-11-28}
                """));
        assertThat(report.failed()).isFalse();
    }

    @Test
    void aWaiverWithoutReasonOrWithABadDateIsAOneLineError() throws IOException {
        Path noReason = waivers("waivers:\n  - rule: tls-minimum\n    resource: catalog\n    expires: 2027-01-01\n");
        assertThatThrownBy(() -> Waiver.load(noReason)).isInstanceOf(PontException.class)
                .hasMessage(noReason + ": waivers[0] has no reason: add 'reason:' with why the finding is accepted and by whom")
                .satisfies(e -> assertThat(((PontException) e).exitCode()).isEqualTo(2));
        Path badDate = waivers("waivers:\n  - {rule: tls-minimum, resource: catalog, reason: r, expires: 31/01/2027}\n");
        assertThatThrownBy(() -> Waiver.load(badDate)).hasMessageContaining("waivers[0]: expires '31/01/2027' is not a date: use YYYY-MM-DD");
        Path unknown = waivers("waivers:\n  - {rule: tls-minimum, resource: catalog, reason: r, expires: 2027-01-01, until: x}\n");
        assertThatThrownBy(() -> Waiver.load(unknown)).hasMessageContaining("unknown field 'until'");
        Path notAList = waivers("rule: tls-minimum\n");
        assertThatThrownBy(() -> Waiver.load(notAList)).hasMessageContaining("expected a top-level 'waivers:' list");
    }

    @Test
    void theDocumentedExampleRuleRunsInEveryProfile() {
        for (String profile : Profile.names()) {
            PolicyReport report = PolicyCheck.profile(Profile.named(profile)).clock(TODAY).with(VersionedStoresExample.OBJECT_STORES_VERSIONED)
                    .run(openStore(), List.of(Fixtures.EXTRACTOR));
            assertThat(report.findings()).as(profile).filteredOn(f -> f.rule().equals("object-store-versioned")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.resource()).isEqualTo("object-store-1");
                    });
        }
        Plan versioned = plan("outscale", of("object-store", Map.of("versioned", true)));
        assertThat(VersionedStoresExample.OBJECT_STORES_VERSIONED.evaluate(Fixtures.context(versioned, "baseline"))).isEmpty();
    }

    @Test
    void reportsAreDeterministicAndTheJsonHasTheDocumentedShape() throws IOException {
        PolicyReport a = check("secnumcloud", null);
        PolicyReport b = check("secnumcloud", null);
        assertThat(a.json()).isEqualTo(b.json());
        assertThat(a.sarif()).isEqualTo(b.sarif());
        var json = Json.mapper().readTree(a.json());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("profile").asText()).isEqualTo("secnumcloud");
        assertThat(json.get("target").asText()).isEqualTo("outscale");
        var first = json.get("findings").get(0);
        assertThat(List.of(first.fieldNames()).isEmpty()).isFalse();
        assertThat(first.has("rule") && first.has("severity") && first.has("resource") && first.has("message") && first.has("remediation")).isTrue();
        assertThat(a.junit()).contains("<testcase classname=\"pont.policy.secnumcloud\" name=\"no-public-data-endpoint (CFG-NET-ISO)\">")
                .contains("<failure message=\"1 error(s)\">");
    }

    @Test
    void sarifIsValidAgainstTheSarif210Schema() throws IOException {
        JsonSchema schema = sarifSchema();
        for (String profile : Profile.names()) {
            Set<ValidationMessage> errors = schema.validate(Json.mapper().readTree(check(profile, null).sarif()));
            assertThat(errors).as(profile).isEmpty();
        }
        var sarif = Json.mapper().readTree(check("secnumcloud", null).sarif());
        var run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/rules/0/helpUri").asText()).startsWith("https://");
        assertThat(run.at("/tool/driver/rules/0/help/text").asText()).isNotBlank();
        assertThat(run.get("results")).anySatisfy(r -> {
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("stacks/src/main/java/Demo.java");
            assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        });
    }

    @Test
    void theSchemaRejectsAnInvalidLog() throws IOException {
        Set<ValidationMessage> errors = sarifSchema().validate(Json.mapper().readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[{\"level\":\"fatal\"}]}]}"));
        assertThat(errors).isNotEmpty();
    }

    static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = PolicyCheckTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }
}
