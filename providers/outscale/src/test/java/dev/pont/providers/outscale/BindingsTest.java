package dev.pont.providers.outscale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.CustomResource;
import dev.pont.core.json.Json;
import dev.pont.core.testing.ProviderSchema;
import dev.pont.providers.outscale.bindings.KubernetesPlugin;
import dev.pont.providers.outscale.bindings.NodePool;
import dev.pont.providers.outscale.bindings.OutscalePlugin;
import dev.pont.providers.outscale.bindings.OutscaleProviderArgs;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written bindings against the outscale 0.0.2 schema: a binding that drifts fails the build. */
class BindingsTest {
    static final ProviderSchema SCHEMA = ProviderSchema.shared("outscale-0.0.2.schema.json");

    @Test
    void everyOutscaleBindingMatchesTheSchema() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<? extends CustomResource> resource : OutscalePlugin.RESOURCES) {
            Class<?> args = Class.forName(resource.getName() + "Args");
            problems.addAll(SCHEMA.checkBinding(resource, args));
        }
        assertThat(problems).isEmpty();
        assertThat(OutscalePlugin.RESOURCES).hasSize(21);
    }

    @com.pulumi.core.annotations.ResourceType(type = "outscale:index/subnet:Subnet")
    static final class DriftedSubnet extends CustomResource {
        DriftedSubnet() {
            super("outscale:index/subnet:Subnet", "x", null, null);
        }
    }

    static final class DriftedSubnetArgs extends com.pulumi.resources.ResourceArgs {
        @Import(name = "cidrBlock")
        com.pulumi.core.Output<String> cidrBlock;
        @Import(name = "mapPublicIpOnLaunch")
        com.pulumi.core.Output<String> mapPublicIpOnLaunch;
    }

    @Test
    void aDriftedBindingIsCaught() {
        assertThat(SCHEMA.checkBinding(DriftedSubnet.class, DriftedSubnetArgs.class)).containsExactlyInAnyOrder(
                "outscale:index/subnet:Subnet: input 'cidrBlock' is not in outscale-0.0.2.schema.json",
                "outscale:index/subnet:Subnet.mapPublicIpOnLaunch: boolean in schema, but Java type is String");
    }

    /** A binding added to the package but not to the list would escape the schema check. */
    @Test
    void noBindingIsLeftOutOfTheCheckedList() throws Exception {
        File dir = new File(NodePool.class.getResource(NodePool.class.getSimpleName() + ".class").toURI()).getParentFile();
        List<Class<?>> resources = new ArrayList<>();
        for (String file : dir.list((d, name) -> name.endsWith(".class") && !name.contains("$"))) {
            Class<?> c = Class.forName(NodePool.class.getPackageName() + "." + file.replace(".class", ""));
            if (CustomResource.class.isAssignableFrom(c) && !com.pulumi.resources.ProviderResource.class.isAssignableFrom(c)) {
                resources.add(c);
            }
        }
        assertThat(resources).containsExactlyInAnyOrderElementsOf(concat(OutscalePlugin.RESOURCES, NodePool.class));
    }

    @Test
    void providerInputsAreTheSchemasProviderInputs() throws Exception {
        JsonNode schema = Json.mapper().readTree(Files.readString(
                Path.of(System.getProperty("pont.shared.dir", "../shared"), "schemas", "outscale-0.0.2.schema.json")));
        JsonNode inputs = schema.path("provider").path("inputProperties");
        for (Field field : OutscaleProviderArgs.class.getDeclaredFields()) {
            Import imp = field.getAnnotation(Import.class);
            if (imp != null) {
                assertThat(inputs.has(imp.name())).as("provider input %s", imp.name()).isTrue();
                assertThat(imp.name()).isNotIn("accessKeyId", "secretKeyId");
            }
        }
        assertThat(inputs.path("accessKeyId").path("defaultInfo").path("environment").get(0).asText()).isEqualTo("OUTSCALE_ACCESSKEYID");
        assertThat(inputs.path("secretKeyId").path("defaultInfo").path("environment").get(0).asText()).isEqualTo("OUTSCALE_SECRETKEYID");
    }

    /** As generated SDKs do: plugin version and download URL on every registration, secret outputs marked. */
    @Test
    void everyRegistrationCarriesThePluginVersionAndSource() {
        var registrations = Registrations.of(Stacks.EVERYTHING);
        var outscale = registrations.stream().filter(r -> r.type().startsWith("outscale:") || r.type().equals("pulumi:providers:outscale")).toList();
        assertThat(outscale).hasSizeGreaterThan(40).allSatisfy(r -> {
            assertThat(r.version()).as(r.name()).isEqualTo("0.0.2");
            assertThat(r.pluginDownloadUrl()).as(r.name()).isEqualTo("github://api.github.com/outscale");
        });
        assertThat(registrations).filteredOn(r -> r.type().startsWith("kubernetes:") || r.type().equals("pulumi:providers:kubernetes"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.version()).isEqualTo(KubernetesPlugin.VERSION));
        assertThat(registrations).filteredOn(r -> r.type().startsWith("aws:")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.version()).isEqualTo("6.83.0"));
        assertThat(registrations).filteredOn(r -> r.type().equals("outscale:index/oksCluster:OksCluster"))
                .singleElement().satisfies(r -> assertThat(r.secretOutputs()).containsExactly("kubeconfig"));
        assertThat(registrations).filteredOn(r -> r.type().equals("outscale:index/accessKey:AccessKey"))
                .singleElement().satisfies(r -> assertThat(r.secretOutputs()).containsExactly("secretKey"));
    }

    private static List<Class<?>> concat(List<? extends Class<?>> list, Class<?>... more) {
        List<Class<?>> all = new ArrayList<>(list);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
