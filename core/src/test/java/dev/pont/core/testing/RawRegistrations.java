package dev.pont.core.testing;

import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.pont.core.adapter.Adapter;
import dev.pont.core.adapter.ContextConfig;
import dev.pont.core.adapter.PontProgram;
import dev.pont.core.adapter.PreviewOutputs;
import dev.pont.core.platform.PontStack;
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
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * The raw registration requests a stack sends through an adapter, for what a Plan does not keep:
 * the plugin version and download URL each registration asks the engine for, its provider
 * reference, the outputs it keeps secret, whether it is protected; and the provider function calls.
 */
public final class RawRegistrations {

    public record Registration(String type, String name, boolean custom, String version, String pluginDownloadUrl,
                               String provider, List<String> secretOutputs, boolean protect) {
    }

    /** What a run registered, and the function calls it made as {@code <token> <version> <provider>}. */
    public record Run(List<Registration> registrations, List<String> invokes) {
        public List<Registration> custom() {
            return registrations.stream().filter(Registration::custom).toList();
        }
    }

    private RawRegistrations() {}

    /** Runs a stack through a fresh adapter in the in-process engine, as Pulumi stack {@code pulumiStack}. */
    public static synchronized <A extends Adapter & PreviewOutputs> Run of(PontStack stack, A adapter, String pulumiStack,
                                                                          Map<String, String> config) {
        List<Registration> out = Collections.synchronizedList(new ArrayList<>());
        List<String> invokes = Collections.synchronizedList(new ArrayList<>());
        Logger quiet = Logger.getLogger("dev.pont.test.registrations");
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
                    .options(TestOptions.builder().projectName("pont").stackName(pulumiStack).preview(false).build())
                    .standardLogger(quiet)
                    .config(config, Set.of())
                    .mocks(mocks)
                    .monitorDecorator(m -> new MockMonitor(mocks, PulumiTestInternal.mockLog(quiet)) {
                        @Override
                        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest r) {
                            out.add(new Registration(r.getType(), r.getName(), r.getCustom(), r.getVersion(), r.getPluginDownloadURL(),
                                    r.getProvider(), List.copyOf(r.getAdditionalSecretOutputsList()), r.getProtect()));
                            return super.registerResourceAsync(resource, r);
                        }

                        @Override
                        public CompletableFuture<pulumirpc.Resource.ResourceInvokeResponse> invokeAsync(pulumirpc.Resource.ResourceInvokeRequest r) {
                            invokes.add(r.getTok() + " " + r.getVersion() + " " + r.getProvider());
                            return super.invokeAsync(r);
                        }
                    })
                    .build()
                    .runTest(ctx -> PontProgram.run(ctx, stack, adapter, new ContextConfig(ctx, true, new ArrayList<>())));
            if (!result.exceptions().isEmpty()) {
                throw new AssertionError("stack failed", result.exceptions().get(0));
            }
        } finally {
            PulumiTestInternal.cleanup();
        }
        return new Run(List.copyOf(out), List.copyOf(invokes));
    }
}
