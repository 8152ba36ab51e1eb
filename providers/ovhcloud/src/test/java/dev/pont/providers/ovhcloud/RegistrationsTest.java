package dev.pont.providers.ovhcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.pont.core.adapter.ContextConfig;
import dev.pont.core.adapter.PontProgram;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * What a Plan does not keep, read from the raw registration requests of the every-spec stack: the
 * plugin version and download URL every registration carries, the outputs kept secret, and the
 * resources protected from {@code pulumi destroy}.
 */
class RegistrationsTest {
    record Registration(String type, String name, String version, String pluginDownloadUrl, List<String> secretOutputs, boolean protect) {
    }

    static List<Registration> registrations;

    @BeforeAll
    static synchronized void register() {
        List<Registration> out = Collections.synchronizedList(new ArrayList<>());
        OvhcloudAdapter adapter = new OvhcloudAdapter();
        Logger quiet = Logger.getLogger("dev.pont.ovhcloud.test");
        quiet.setLevel(Level.OFF);
        Mocks mocks = new Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                Map<String, Object> state = new HashMap<>(args.inputs);
                Map<String, Object> outputs = adapter.outputs(args.type, args.name, args.inputs);
                state.putAll(outputs);
                String id = outputs.containsKey("id") ? String.valueOf(outputs.get("id")) : args.name + "-id";
                return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
            }

            @Override
            public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
                return CompletableFuture.completedFuture(adapter.invoke(args.token, args.args));
            }
        };
        PulumiTestInternal.cleanup();
        try {
            var result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName("pont").stackName("ovhcloud").preview(false).build())
                    .standardLogger(quiet)
                    .config(Previews.CONFIG, Set.of())
                    .mocks(mocks)
                    .monitorDecorator(m -> new MockMonitor(mocks, PulumiTestInternal.mockLog(quiet)) {
                        @Override
                        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest r) {
                            if (r.getCustom()) {
                                out.add(new Registration(r.getType(), r.getName(), r.getVersion(), r.getPluginDownloadURL(),
                                        List.copyOf(r.getAdditionalSecretOutputsList()), r.getProtect()));
                            }
                            return super.registerResourceAsync(resource, r);
                        }
                    })
                    .build()
                    .runTest(ctx -> PontProgram.run(ctx, Previews.stack(Previews::everything), adapter, new ContextConfig(ctx, true, new ArrayList<>())));
            if (!result.exceptions().isEmpty()) {
                throw new AssertionError("stack failed", result.exceptions().get(0));
            }
        } finally {
            PulumiTestInternal.cleanup();
        }
        registrations = List.copyOf(out);
    }

    @Test
    void everyOvhRegistrationCarriesItsPluginVersionAndSource() {
        List<Registration> ovh = registrations.stream().filter(r -> r.type().startsWith("ovh:") || r.type().equals("pulumi:providers:ovh")).toList();
        assertThat(ovh).hasSizeGreaterThan(20).allSatisfy(r -> {
            assertThat(r.version()).as(r.type() + " " + r.name()).isEqualTo("2.13.0");
            assertThat(r.pluginDownloadUrl()).as(r.type() + " " + r.name()).isEqualTo("github://api.github.com/ovh/pulumi-ovh");
        });
    }

    @Test
    void everyOpenstackRegistrationCarriesItsPluginVersion() {
        List<Registration> openstack = registrations.stream()
                .filter(r -> r.type().startsWith("openstack:") || r.type().equals("pulumi:providers:openstack")).toList();
        assertThat(openstack).hasSizeGreaterThan(10).allSatisfy(r -> {
            assertThat(r.version()).as(r.type() + " " + r.name()).isEqualTo("5.5.1");
            assertThat(r.pluginDownloadUrl()).as("default plugin source").isEmpty();
        });
    }

    @Test
    void outputsTheSchemaMarksSecretStaySecret() {
        assertThat(one("ovh:CloudProject/kube:Kube", "analysis").secretOutputs()).contains("kubeconfig", "kubeconfigAttributes");
        assertThat(one("ovh:CloudProject/s3Credential:S3Credential", "ingestion-s3-key").secretOutputs()).contains("secretAccessKey");
        assertThat(one("ovh:CloudProjectDatabase/postgresSqlUser:PostgresSqlUser", "ingestion-catalog-login").secretOutputs()).contains("password");
    }

    @Test
    void kmsKeysAreProtectedFromDestroy() {
        assertThat(registrations.stream().filter(r -> r.type().equals("ovh:Okms/serviceKey:ServiceKey")))
                .hasSize(2).allMatch(Registration::protect);
        assertThat(registrations.stream().filter(r -> !r.type().equals("ovh:Okms/serviceKey:ServiceKey"))).noneMatch(Registration::protect);
    }

    static Registration one(String type, String name) {
        return registrations.stream().filter(r -> r.type().equals(type) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no registration " + type + " " + name));
    }
}
