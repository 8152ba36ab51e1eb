package dev.pont.providers.s3ns;

import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.pont.core.adapter.ContextConfig;
import dev.pont.core.adapter.PontProgram;
import dev.pont.core.platform.PontStack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * The raw registration requests a stack sends through the S3NS adapter, for what a Plan does not
 * keep: the plugin version every registration asks the engine for, and the provider reference.
 */
final class Registrations {
    record Registration(String type, String name, boolean custom, String version, String provider, List<String> secretOutputs) {
    }

    /** What a run registered and the provider function calls it made, with the version each asked for. */
    record Run(List<Registration> registrations, List<String> invokes) {
    }

    private Registrations() {}

    static synchronized Run of(PontStack stack) {
        List<Registration> out = Collections.synchronizedList(new ArrayList<>());
        List<String> invokes = Collections.synchronizedList(new ArrayList<>());
        S3nsAdapter adapter = new S3nsAdapter();
        Logger quiet = Logger.getLogger("dev.pont.s3ns.test");
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
                    .options(TestOptions.builder().projectName("pont").stackName("s3ns").preview(false).build())
                    .standardLogger(quiet)
                    .config(Stacks.CONFIG, java.util.Set.of())
                    .mocks(mocks)
                    .monitorDecorator(m -> new MockMonitor(mocks, PulumiTestInternal.mockLog(quiet)) {
                        @Override
                        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest r) {
                            out.add(new Registration(r.getType(), r.getName(), r.getCustom(), r.getVersion(), r.getProvider(),
                                    List.copyOf(r.getAdditionalSecretOutputsList())));
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
