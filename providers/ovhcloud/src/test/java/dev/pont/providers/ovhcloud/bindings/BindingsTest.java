package dev.pont.providers.ovhcloud.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import dev.pont.core.json.Json;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.preview.PreviewEngine;
import dev.pont.core.testing.ProviderSchema;
import dev.pont.providers.ovhcloud.bindings.openstack.OpenstackPackage;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhPackage;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written bindings against the provider schemas they claim to follow. */
class BindingsTest {

    @Test
    void everyResourceBindingMatchesItsSchema() {
        List<String> problems = new ArrayList<>();
        for (Bindings.Resource b : Bindings.RESOURCES) {
            problems.addAll(ProviderSchema.shared(b.schema()).checkBinding(b.resource(), b.args()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBindingClassIsListed() throws Exception {
        Set<String> listed = new TreeSet<>();
        Bindings.RESOURCES.forEach(b -> listed.add(b.resource().getName()));
        Bindings.PROVIDERS.forEach(b -> listed.add(b.provider().getName()));
        Set<String> found = new TreeSet<>();
        for (Class<?> c : classesIn("dev.pont.providers.ovhcloud.bindings.ovh", "dev.pont.providers.ovhcloud.bindings.openstack")) {
            if (CustomResource.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                found.add(c.getName());
            }
        }
        assertThat(found).isEqualTo(listed);
    }

    @Test
    void tokensAreDeclaredOnce() throws Exception {
        for (Bindings.Resource b : Bindings.RESOURCES) {
            String annotated = b.resource().getAnnotation(ResourceType.class).type();
            assertThat(b.resource().getField("TYPE").get(null)).as(b.resource().getSimpleName()).isEqualTo(annotated);
            assertThat(b.args().getSimpleName()).isEqualTo(b.resource().getSimpleName() + "Args");
        }
    }

    @Test
    void providerSettingsAreProviderInputs() {
        List<String> problems = new ArrayList<>();
        for (Bindings.Provider p : Bindings.PROVIDERS) {
            JsonNode root = schema(p.schema());
            JsonNode provider = root.path("provider");
            JsonNode inputs = provider.has("inputProperties") ? provider.path("inputProperties") : provider.path("configVariables");
            assertThat(inputs.size()).as(p.schema() + " provider inputs").isPositive();
            String name = root.has("name") ? root.path("name").asText() : provider.path("providerResourceToken").asText().replace("pulumi:providers:", "");
            if (!name.equals(p.pkg())) {
                problems.add(p.provider().getSimpleName() + ": package " + p.pkg() + " but the schema is for " + name);
            }
            for (Field f : p.args().getDeclaredFields()) {
                Import imp = f.getAnnotation(Import.class);
                if (imp == null) {
                    continue;
                }
                JsonNode input = inputs.path(imp.name());
                if (input.isMissingNode()) {
                    problems.add(p.provider().getSimpleName() + ": '" + imp.name() + "' is not a provider input of " + p.schema());
                } else if (!"string".equals(input.path("type").asText())) {
                    problems.add(p.provider().getSimpleName() + ": '" + imp.name() + "' is not a string in " + p.schema());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void functionArgumentsMatchTheSchema() {
        List<String> problems = new ArrayList<>();
        for (Bindings.Function fn : Bindings.FUNCTIONS) {
            JsonNode inputs = schema(fn.schema()).path("functions").path(fn.token()).path("inputs");
            assertThat(inputs.isMissingNode()).as(fn.token()).isFalse();
            List<String> required = new ArrayList<>();
            inputs.path("required").forEach(r -> required.add(r.asText()));
            for (Field f : fn.args().getDeclaredFields()) {
                Import imp = f.getAnnotation(Import.class);
                if (imp == null) {
                    continue;
                }
                if (inputs.path("properties").path(imp.name()).isMissingNode()) {
                    problems.add(fn.token() + ": '" + imp.name() + "' is not an argument");
                }
                required.remove(imp.name());
            }
            required.forEach(r -> problems.add(fn.token() + ": required argument '" + r + "' has no field"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void registrationsCarryThePluginVersionAndSource() {
        CustomResourceOptions ovh = OvhPackage.options(CustomResourceOptions.Empty, "secret");
        assertThat(ovh.getVersion()).contains("2.13.0");
        assertThat(ovh.getPluginDownloadURL()).contains("github://api.github.com/ovh/pulumi-ovh");
        assertThat(ovh.getAdditionalSecretOutputs()).containsExactly("secret");
        CustomResourceOptions openstack = OpenstackPackage.options(CustomResourceOptions.Empty);
        assertThat(openstack.getVersion()).contains("5.5.1");
        assertThat(openstack.getPluginDownloadURL()).isEmpty();
    }

    /**
     * Registers every binding without an explicit provider: the engine then picks the default
     * provider of the version the registration carries, so the plan shows each binding's version.
     */
    @Test
    void everyBindingRegistersWithItsPackageVersion() {
        var capture = PreviewEngine.run(new PreviewEngine.Request("pont", "bindings", Map.of(), Set.of(), null), ctx -> {
            for (Bindings.Resource b : Bindings.RESOURCES) {
                try {
                    b.resource().getConstructor(String.class, b.args(), CustomResourceOptions.class)
                            .newInstance(b.resource().getSimpleName(), withRequiredInputs(b.args()), CustomResourceOptions.Empty);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(b.resource().getSimpleName() + " has no (name, args, options) constructor", e);
                }
            }
        });
        List<PlannedResource> registered = capture.resources().stream().filter(r -> r.custom() && !r.providerInstance()).toList();
        assertThat(registered).hasSize(Bindings.RESOURCES.size());
        for (PlannedResource r : registered) {
            String expected = r.type().startsWith("ovh:") ? "pulumi:providers:ovh::default_2_13_0" : "pulumi:providers:openstack::default_5_5_1";
            assertThat(r.provider()).as(r.type()).contains(expected);
        }
    }

    @Test
    void providerResourcesAreProviders() {
        for (Bindings.Provider p : Bindings.PROVIDERS) {
            assertThat(ProviderResource.class).isAssignableFrom(p.provider());
        }
    }

    /** An args instance whose required inputs hold a placeholder (the engine checks that they are set). */
    private static Object withRequiredInputs(Class<?> argsClass) throws ReflectiveOperationException {
        var constructor = argsClass.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object args = constructor.newInstance();
        for (Field f : argsClass.getDeclaredFields()) {
            Import imp = f.getAnnotation(Import.class);
            if (imp != null && imp.required()) {
                f.setAccessible(true);
                f.set(args, com.pulumi.core.Output.of("placeholder"));
            }
        }
        return args;
    }

    private static JsonNode schema(String file) {
        Path path = Path.of(System.getProperty("pont.shared.dir", "../shared")).resolve("schemas").resolve(file);
        try {
            return Json.mapper().readTree(Files.readString(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> classesIn(String... packages) throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = Path.of(BindingsTest.class.getClassLoader().getResource(pkg.replace('.', '/')).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                    String name = f.getFileName().toString();
                    classes.add(Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        return classes;
    }
}
