package dev.pont.providers.outscale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import dev.pont.core.testing.ProviderSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A preview of a stack using every neutral spec, checked against the provider contracts: the
 * outscale schema for {@code outscale:*} and the AWS S3 extract for {@code aws:s3/*}. The extract
 * differs in shape from a Pulumi schema (types are TypeScript strings such as
 * {@code inputs.s3.BucketV2Versioning[]}), so its nested types and v6 input lists are checked here.
 */
class PlanSchemaTest {
    static final Plan PLAN = Stacks.preview(Stacks.EVERYTHING);

    @Test
    void outscaleResourcesMatchTheSchema() {
        assertThat(Stacks.ofType(PLAN, "outscale:index/net:Net")).hasSize(1);
        assertThat(ProviderSchema.shared("outscale-0.0.2.schema.json").checkPlan(PLAN, "outscale:")).isEmpty();
    }

    @Test
    void s3ResourcesMatchTheAwsExtract() throws Exception {
        assertThat(ProviderSchema.shared("aws-s3.extract.json").checkPlan(PLAN, "aws:s3")).isEmpty();
        JsonNode extract = extract();
        List<String> problems = new ArrayList<>();
        for (PlannedResource r : PLAN.resources()) {
            if (!r.type().startsWith("aws:s3")) {
                continue;
            }
            JsonNode v6 = extract.path("javaOnMavenCentral").path("v6Resources").path(r.type());
            assertThat(v6.isMissingNode()).as("%s is a v6 resource of the extract", r.type()).isFalse();
            List<String> v6Inputs = new ArrayList<>();
            v6.path("inputs").forEach(n -> v6Inputs.add(n.asText()));
            r.inputs().keySet().stream().filter(k -> !v6Inputs.contains(k))
                    .forEach(k -> problems.add(r.type() + " '" + r.name() + "': input " + k + " is not a v6 input"));
            checkNested(extract, r.type(), r.inputs(), extract.path("resources").path(r.type()).path("inputProperties"), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void providersUseOnlyKnownInputs() throws Exception {
        JsonNode aws = extract().path("provider");
        List<String> awsInputs = new ArrayList<>();
        aws.path("allInputNames").forEach(n -> awsInputs.add(n.asText()));
        PlannedResource oos = Stacks.named(PLAN, "outscale-oos");
        assertThat(oos.type()).isEqualTo("pulumi:providers:aws");
        assertThat(awsInputs).containsAll(oos.inputs().keySet());

        JsonNode outscale = Json.mapper().readTree(Files.readString(schemas().resolve("outscale-0.0.2.schema.json")));
        PlannedResource provider = Stacks.named(PLAN, "outscale");
        provider.inputs().keySet().forEach(k -> assertThat(outscale.path("provider").path("inputProperties").has(k)).as(k).isTrue());
    }

    @Test
    void everyCloudResourceIsOnAnExplicitProvider() {
        for (PlannedResource r : PLAN.cloudResources()) {
            assertThat(r.provider()).as(r.name()).doesNotContain("::default");
        }
        assertThat(Stacks.ofType(PLAN, "pulumi:providers:outscale")).hasSize(1);
        assertThat(Stacks.ofType(PLAN, "pulumi:providers:aws")).hasSize(1);
    }

    /** Nested values of TypeScript-typed inputs: known keys, required keys set. */
    @SuppressWarnings("unchecked")
    private static void checkNested(JsonNode extract, String where, Map<String, Object> values, JsonNode properties, List<String> problems) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            JsonNode property = properties.path(e.getKey());
            if (property.isMissingNode()) {
                problems.add(where + "." + e.getKey() + " is not in the extract");
                continue;
            }
            String type = property.path("type").asText("");
            boolean list = type.endsWith("[]");
            String ts = list ? type.substring(0, type.length() - 2) : type;
            if (!ts.startsWith("inputs.s3.") || Secrets.isSecret(e.getValue())) {
                continue;
            }
            JsonNode nested = typeByTsName(extract, ts);
            List<Object> items = list ? (List<Object>) e.getValue() : List.of(e.getValue());
            for (Object item : items) {
                Map<String, Object> map = (Map<String, Object>) item;
                nested.path("required").forEach(req -> {
                    if (!map.containsKey(req.asText())) {
                        problems.add(where + "." + e.getKey() + ": required " + req.asText() + " is not set");
                    }
                });
                checkNested(extract, where + "." + e.getKey(), map, nested.path("properties"), problems);
            }
        }
    }

    private static JsonNode typeByTsName(JsonNode extract, String tsName) {
        for (JsonNode type : extract.path("types")) {
            if (type.path("tsName").asText().equals(tsName)) {
                return type;
            }
        }
        throw new AssertionError("type " + tsName + " is not in the extract");
    }

    static JsonNode extract() throws Exception {
        return Json.mapper().readTree(Files.readString(schemas().resolve("aws-s3.extract.json")));
    }

    static Path schemas() {
        return Path.of(System.getProperty("pont.shared.dir", "../shared"), "schemas");
    }
}
