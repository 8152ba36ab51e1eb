package dev.pont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import dev.pont.core.policy.PolicyCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `pont check`: golden reports of the reference stack, exit codes, estates and waivers, and docs/policy.md kept current. */
class CheckCommandTest {
    static final Path ROOT = CliTest.ROOT;
    static final Path GOLDEN = Path.of("src/test/resources/golden/check");
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static CliTest.Run pont(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        System.setProperty("pont.home", ROOT.toString());
        int code = Pont.run(args, new PrintWriter(out, true), new PrintWriter(err, true), TODAY);
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    /** The official SARIF 2.1.0 schema kept in core's test resources (origin in sarif/ORIGIN.md). */
    static com.networknt.schema.JsonSchema sarifSchema() throws IOException {
        try (var in = CheckCommandTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            return com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    static void golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("pont.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual);
        }
        assertThat(file).as("golden %s (regenerate with -Dpont.golden.update=true)", name).exists();
        assertThat(actual).as("golden " + name).isEqualTo(Files.readString(file));
    }

    @Test
    void healthDataOnOutscaleFailsSecNumCloudOnlyWhereAttestationsAreUnconfirmedOrDeviationsApply() throws IOException {
        CliTest.Run text = pont("check", "health-data", "--target", "outscale", "--profile", "secnumcloud");
        golden("health-data.outscale.secnumcloud.txt", text.out());
        CliTest.Run json = pont("check", "health-data", "--target", "outscale", "--profile", "secnumcloud", "--format", "json");
        golden("health-data.outscale.secnumcloud.json", json.out());
        JsonNode report = Json.mapper().readTree(json.out());
        assertThat(report.get("findings")).isNotEmpty().allSatisfy(f -> assertThat(
                f.has("deviation") || (f.get("severity").asText().equals("warning") && f.get("message").asText().contains("unconfirmed")))
                .as("%s on %s: only unconfirmed attestations or declared deviations", f.get("rule").asText(), f.get("resource").asText()).isTrue());
        assertThat(report.get("findings")).noneSatisfy(f -> assertThat(f.get("rule").asText()).isIn("provider-jurisdiction", "region-allowed", "qualified-offer"));
        assertThat(json.code()).as("the declared public OOS endpoint is an error in every profile").isEqualTo(1);
    }

    @Test
    void healthDataOnAzureFailsSecNumCloudForJurisdiction() throws IOException {
        CliTest.Run json = pont("check", "health-data", "--target", "azure", "--profile", "secnumcloud", "--format", "json");
        golden("health-data.azure.secnumcloud.json", json.out());
        assertThat(json.code()).isEqualTo(1);
        JsonNode report = Json.mapper().readTree(json.out());
        assertThat(report.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("provider-jurisdiction");
            assertThat(f.get("severity").asText()).isEqualTo("error");
            assertThat(f.get("message").asText()).contains("US");
        });
        CliTest.Run sarif = pont("check", "health-data", "--target", "azure", "--profile", "secnumcloud", "--format", "sarif");
        golden("health-data.azure.secnumcloud.sarif", sarif.out());
        assertThat(sarifSchema().validate(Json.mapper().readTree(sarif.out()))).as("health-data on azure, SARIF 2.1.0 schema").isEmpty();
        CliTest.Run outscale = pont("check", "health-data", "--target", "outscale", "--profile", "hds", "--format", "sarif");
        assertThat(sarifSchema().validate(Json.mapper().readTree(outscale.out()))).as("health-data on outscale, SARIF 2.1.0 schema").isEmpty();
        JsonNode results = Json.mapper().readTree(sarif.out()).at("/runs/0/results");
        assertThat(results).anySatisfy(r -> {
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("stacks/src/main/java/dev/pont/stacks/HealthData.java");
            assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
        });
    }

    @Test
    void exitCodesAndFormats() throws IOException {
        CliTest.Run junit = pont("check", "starter", "--target", "s3ns", "--profile", "baseline", "--format", "junit");
        assertThat(junit.out()).startsWith("<?xml").contains("<testsuite name=\"pont-policy-baseline-s3ns\"");
        assertThat(junit.code()).as("the bucket of starter on S3NS is reached on its public API endpoint").isEqualTo(1);
        assertThat(junit.out()).contains("name=\"no-public-data-endpoint (CFG-NET-ISO)\">\n      <failure message=\"1 error(s)\">files: object-store has a public endpoint");
        CliTest.Run hds = pont("check", "starter", "--target", "s3ns", "--profile", "hds", "--waivers", waiverAll().toString());
        assertThat(hds.code()).as("every finding waived").isZero();
        assertThat(hds.out()).contains("WAIVED ERROR  no-public-data-endpoint  files").contains("PASSED");
        CliTest.Run badTarget = pont("check", "health-data", "--target", "aws", "--profile", "baseline");
        assertThat(badTarget.code()).isEqualTo(2);
        assertThat(badTarget.err()).contains("unknown target 'aws'");
        CliTest.Run missingWaivers = pont("check", "starter", "--profile", "baseline", "--waivers", dir.resolve("none.yaml").toString());
        assertThat(missingWaivers.code()).isEqualTo(2);
        assertThat(missingWaivers.err()).contains("none.yaml does not exist");
        assertThat(pont("check", "health-data", "--target", "azure", "--profile", "secnumcloud").code()).isEqualTo(1);
        CliTest.Run badProfile = pont("check", "health-data", "--profile", "iso27001");
        assertThat(badProfile.code()).isEqualTo(2);
        assertThat(badProfile.err()).contains("unknown profile 'iso27001'");
        CliTest.Run missing = pont("check", "no-such-thing", "--profile", "baseline");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("neither a stack").contains("nor an estate file");
        Path out = dir.resolve("report.sarif");
        assertThat(pont("check", "health-data", "--target", "outscale", "--profile", "baseline", "--format", "sarif", "--out", out.toString()).code()).isEqualTo(1);
        assertThat(Files.readString(out)).contains("\"version\" : \"2.1.0\"");
    }

    Path waiverAll() throws IOException {
        Path f = dir.resolve("all.yaml");
        Files.writeString(f, "waivers:\n  - {rule: '*', resource: '*', reason: accepted for the test, expires: 2027-01-01}\n");
        return f;
    }

    @Test
    void anEstateIsCheckedAndWaiversNextToItApply() throws IOException {
        Path estate = dir.resolve("estate.json");
        assertThat(pont("preview", "starter", "--target", "s3ns", "--format", "json", "--out", estate.toString()).code()).isZero();
        CliTest.Run before = pont("check", estate.toString(), "--profile", "baseline", "--format", "json");
        JsonNode findings = Json.mapper().readTree(before.out()).get("findings");
        assertThat(findings).allSatisfy(f -> assertThat(f.at("/location/file").asText()).isEqualTo(estate.normalize().toString()));
        Files.writeString(dir.resolve("pont-waivers.yaml"), "waivers:\n  - {rule: '*', resource: '*', reason: accepted for the test, expires: 2027-01-01}\n");
        CliTest.Run after = pont("check", estate.toString(), "--profile", "baseline", "--format", "json");
        assertThat(after.code()).as(after.err() + after.out()).isZero();
        assertThat(Json.mapper().readTree(after.out()).get("findings")).allSatisfy(f -> assertThat(f.has("waived")).isTrue());
        Files.writeString(dir.resolve("pont-waivers.yaml"), "waivers:\n  - {rule: '*', resource: '*', expires: 2027-01-01}\n");
        CliTest.Run malformed = pont("check", estate.toString(), "--profile", "baseline");
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err().strip()).doesNotContain("\n").contains("waivers[0] has no reason");
        Path expired = dir.resolve("expired.yaml");
        Files.writeString(expired, "waivers:\n  - {rule: '*', resource: '*', reason: old, expires: 2026-01-01}\n");
        CliTest.Run old = pont("check", estate.toString(), "--profile", "baseline", "--waivers", expired.toString(), "--format", "json");
        assertThat(Json.mapper().readTree(old.out()).get("findings")).anySatisfy(f -> assertThat(f.get("rule").asText()).isEqualTo("expired-waiver"));
    }

    @Test
    void docsPolicyMdIsCurrent() throws IOException {
        Path file = ROOT.resolve("docs/policy.md");
        String doc = Files.readString(file);
        String begin = "<!-- generated:begin -->\n";
        String end = "<!-- generated:end -->\n";
        String exampleBegin = "```java\n";
        String example = Files.readString(ROOT.resolve("core/src/test/java/dev/pont/core/policy/VersionedStoresExample.java"));
        String snippet = example.substring(example.indexOf("// tag::example[]\n") + "// tag::example[]\n".length(), example.indexOf("    // end::example[]"));
        snippet = snippet.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l).reduce("", (a, b) -> a + b + "\n");
        String expected = doc.substring(0, doc.indexOf(begin) + begin.length()) + PolicyCatalog.markdown() + doc.substring(doc.indexOf(end));
        if (Boolean.getBoolean("pont.golden.update")) {
            Files.writeString(file, expected);
            doc = expected;
        }
        assertThat(doc).as("docs/policy.md is out of date: regenerate it with -Dpont.golden.update=true").isEqualTo(expected);
        assertThat(doc).as("docs/policy.md shows the example rule of VersionedStoresExample verbatim").contains(exampleBegin + snippet + "```");
        String current = doc;
        assertThat(Set.of("secnumcloud", "hds", "baseline")).allSatisfy(p -> assertThat(current).contains(p));
    }
}
