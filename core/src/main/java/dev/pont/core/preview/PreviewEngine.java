package dev.pont.core.preview;

import com.pulumi.Context;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.pont.core.PontException;
import dev.pont.core.adapter.PreviewOutputs;
import dev.pont.core.plan.PlannedResource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * Runs a Pulumi program in the SDK's in-process engine and captures every registration
 * (urn, type, name, parent, custom, inputs, provider, dependencies) exactly as the SDK would
 * send it to a real engine. The engine answers with the inputs plus plausible outputs (an id,
 * the name, whatever {@link PreviewOutputs} adds) so that dependent resources resolve.
 *
 * <p>The SDK's deployment is a global; this class is the one place that touches it, one run at a
 * time, and resets it before and after each run.
 */
public final class PreviewEngine {

    /** What to run: Pulumi project and stack names, config (full keys), secret keys, outputs hook. */
    public record Request(String project, String stack, Map<String, String> config, Set<String> secretKeys,
                          PreviewOutputs outputs) {
    }

    /**
     * What the run registered, in registration order, and the stack outputs it exported (sorted by
     * name; a secret output is {@link dev.pont.core.plan.Secrets#REDACTED}, an unknown one
     * {@link dev.pont.core.plan.Unknowns#UNKNOWN}).
     */
    public record Capture(List<PlannedResource> resources, List<String> engineErrors, Map<String, Object> outputs) {
    }

    private PreviewEngine() {}

    public static synchronized Capture run(Request request, Consumer<Context> program) {
        PulumiTestInternal.cleanup();
        Logger quiet = Logger.getLogger("dev.pont.preview.engine");
        quiet.setUseParentHandlers(false);
        quiet.setLevel(Level.OFF);
        Recorder recorder = new Recorder(request);
        try {
            TestResult result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(request.project()).stackName(request.stack()).preview(false).build())
                    .standardLogger(quiet)
                    .config(request.config(), request.secretKeys())
                    .mocks(recorder)
                    .monitorDecorator(m -> new CapturingMonitor(recorder, PulumiTestInternal.mockLog(quiet)))
                    .build()
                    .runTest(program);
            for (Exception e : result.exceptions()) {
                throw failure(request, e);
            }
            return new Capture(recorder.resources(), List.copyOf(result.errors()), outputs(result));
        } finally {
            PulumiTestInternal.cleanup();
        }
    }

    private static Map<String, Object> outputs(TestResult result) {
        Map<String, Object> outputs = new TreeMap<>();
        result.outputs().forEach((name, output) -> {
            var data = PulumiTestInternal.extractOutputData(output);
            outputs.put(name, data.isSecret() ? dev.pont.core.plan.Secrets.REDACTED
                    : data.isKnown() ? data.getValueNullable() : dev.pont.core.plan.Unknowns.UNKNOWN);
        });
        return java.util.Collections.unmodifiableMap(outputs);
    }

    private static RuntimeException failure(Request request, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PontException p) {
                return p;
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new PontException(PontException.FINDINGS, "the stack program failed on stack " + request.stack() + ": "
                + root.getClass().getSimpleName() + ": " + root.getMessage(), e);
    }

    /** Answers registrations with plausible outputs and keeps what was registered. */
    static final class Recorder implements Mocks {
        private final Request request;
        private final ThreadLocal<RegisterResourceRequest> current = new ThreadLocal<>();
        private final List<PlannedResource> resources = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Map<String, PlannedResource> defaultProviders = new TreeMap<>();

        Recorder(Request request) {
            this.request = request;
        }

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            RegisterResourceRequest registration = current.get();
            boolean custom = registration == null || registration.getCustom();
            Map<String, Object> state = new LinkedHashMap<>(args.inputs);
            if (!custom) {
                return CompletableFuture.completedFuture(ResourceResult.of(Optional.empty(), state));
            }
            Map<String, Object> outputs = request.outputs() == null ? Map.of()
                    : request.outputs().outputs(args.type, args.name, args.inputs);
            state.putAll(outputs);
            state.putIfAbsent("name", args.name);
            String id = outputs.containsKey("id") ? String.valueOf(outputs.get("id")) : args.name + "-" + digest(args.type + "/" + args.name);
            state.remove("id");
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
        }

        @Override
        public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
            Map<String, Object> answer = request.outputs() == null ? Map.of() : request.outputs().invoke(args.token, args.args);
            return CompletableFuture.completedFuture(answer);
        }

        void record(RegisterResourceRequest r, RegisterResourceResponse response) {
            String provider = r.getProvider();
            if (r.getCustom() && provider.isEmpty() && !r.getType().startsWith("pulumi:providers:")) {
                provider = defaultProvider(r.getType(), r.getVersion());
            }
            List<String> dependencies = r.getDependenciesList().stream().distinct().sorted().toList();
            resources.add(new PlannedResource(response.getUrn(), r.getType(), r.getName(),
                    r.getParent().isEmpty() ? null : r.getParent(), r.getCustom(),
                    r.getCustom() && !response.getId().isEmpty() ? response.getId() : null,
                    StructValues.toMap(r.getObject()), provider.isEmpty() ? null : provider, dependencies));
        }

        /** A resource without an explicit provider gets the package's default provider, as the engine does. */
        private synchronized String defaultProvider(String type, String version) {
            String pkg = type.substring(0, type.indexOf(':'));
            String name = "default" + (version.isEmpty() ? "" : "_" + version.replace('.', '_').replace('-', '_'));
            String urn = "urn:pulumi:" + request.stack() + "::" + request.project() + "::pulumi:providers:" + pkg + "::" + name;
            String id = "00000000-0000-0000-0000-" + digest(urn).substring(0, 12);
            final String providerId = id;
            defaultProviders.computeIfAbsent(urn, u -> {
                Map<String, Object> inputs = new TreeMap<>();
                if (!version.isEmpty()) {
                    inputs.put("version", version);
                }
                return new PlannedResource(u, "pulumi:providers:" + pkg, name, null, true, providerId, inputs, null, List.of());
            });
            return urn + "::" + id;
        }

        List<PlannedResource> resources() {
            List<PlannedResource> all = new ArrayList<>(resources);
            all.addAll(defaultProviders.values());
            return all;
        }
    }

    /** The SDK's mock monitor, with the full registration request captured. */
    static final class CapturingMonitor extends MockMonitor {
        private final Recorder recorder;

        CapturingMonitor(Recorder recorder, com.pulumi.Log log) {
            super(recorder, log);
            this.recorder = recorder;
        }

        @Override
        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest request) {
            recorder.current.set(request);
            try {
                return super.registerResourceAsync(resource, request).thenApply(response -> {
                    recorder.record(request, response);
                    return response;
                });
            } finally {
                recorder.current.remove();
            }
        }
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
