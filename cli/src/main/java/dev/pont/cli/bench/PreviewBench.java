package dev.pont.cli.bench;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import com.pulumi.test.Mocks;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.platform.PontStack;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.stacks.StackRegistry;
import dev.pont.stacks.Targets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * In-process benchmark of the preview: Pont's whole preview of a stack on each target against
 * the anchor, the Pulumi test engine alone registering the same resources (same types, names,
 * parents and input payloads) with mocks that echo inputs. Prints medians; asserts nothing.
 * Usage: PreviewBench [stack] [runs] [targets...]
 */
public final class PreviewBench {
    private PreviewBench() {}

    public static void main(String[] args) throws Exception {
        String stackName = args.length > 0 ? args[0] : "health-data";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> targets = args.length > 2 ? List.of(args).subList(2, args.length) : Targets.ids();
        PontStack stack = StackRegistry.get(stackName);
        System.out.printf("in-process, %d runs after 1 warm-up, stack %s%n", runs, stackName);
        System.out.printf("%-10s %9s %12s %12s %9s%n", "target", "resources", "pont (ms)", "anchor (ms)", "overhead");
        long totalPont = 0;
        for (String target : targets) {
            PreviewConfig config = config(target);
            Plan plan = Preview.of(stack, Targets.create(target), config);
            long expected = plan.resources().stream()
                    .filter(r -> !r.providerInstance() && !r.type().equals("pulumi:pulumi:Stack")).count();
            int registered = anchor(plan);
            if (registered < expected) {
                throw new IllegalStateException("the anchor registered " + registered + " of " + expected + " resources");
            }
            List<Long> pont = new ArrayList<>();
            List<Long> engine = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                Preview.of(stack, Targets.create(target), config);
                pont.add(System.nanoTime() - t0);
                long t1 = System.nanoTime();
                anchor(plan);
                engine.add(System.nanoTime() - t1);
            }
            long p = median(pont);
            long e = median(engine);
            totalPont += p;
            System.out.printf("%-10s %9d %12.1f %12.1f %8.0f%%%n", target, plan.resources().size(), p / 1e6, e / 1e6,
                    100.0 * (p - e) / e);
        }
        if (targets.size() > 1) {
            System.out.printf("all %d targets, sum of medians: %.1f ms%n", targets.size(), totalPont / 1e6);
        }
    }

    static PreviewConfig config(String target) {
        Path file = Path.of(System.getProperty("pont.home", "."), "Pulumi." + target + ".yaml");
        return Files.isRegularFile(file) ? PreviewConfig.load(file) : PreviewConfig.empty();
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** A resource's captured inputs, re-sent as one input map. */
    static final class AnchorArgs extends ResourceArgs {
        @Import(name = "properties")
        private final Map<String, Object> properties;

        AnchorArgs(Map<String, Object> properties) {
            this.properties = properties;
        }
    }

    /** Plan values as the SDK accepts them: numbers are doubles on the wire, and the SDK refuses longs. */
    @SuppressWarnings("unchecked")
    static <T> T sdkValues(T value) {
        if (dev.pont.core.plan.Secrets.isSecret(value)) {
            return (T) "[secret]";
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), sdkValues(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T) list.stream().map(PreviewBench::sdkValues).toList();
        }
        if (value instanceof Long l) {
            return (T) Double.valueOf(l);
        }
        return value;
    }

    /** The bare engine registering the plan's resources, parents first, with echoing mocks. */
    static int anchor(Plan plan) {
        Logger quiet = Logger.getLogger("dev.pont.bench.engine");
        quiet.setLevel(Level.OFF);
        quiet.setUseParentHandlers(false);
        List<PlannedResource> ordered = plan.resources().stream()
                .filter(r -> !r.providerInstance() && !r.type().equals("pulumi:pulumi:Stack"))
                .sorted(Comparator.comparingInt((PlannedResource r) -> r.urn().split("\\$").length).thenComparing(PlannedResource::urn))
                .toList();
        Mocks echo = new Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
            }
        };
        PulumiTestInternal.cleanup();
        try {
            var result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName("pont").stackName(plan.target()).preview(false).build())
                    .standardLogger(quiet)
                    .mocks(echo)
                    .build()
                    .runTest(ctx -> {
                        Map<String, Resource> byUrn = new HashMap<>();
                        for (PlannedResource r : ordered) {
                            Resource parent = r.parent() == null ? null : byUrn.get(r.parent());
                            Resource created = r.custom()
                                    ? new CustomResource(r.type(), r.name(), new AnchorArgs(sdkValues(r.inputs())),
                                            parent == null ? CustomResourceOptions.Empty : CustomResourceOptions.builder().parent(parent).build())
                                    : new ComponentResource(r.type(), r.name(), new AnchorArgs(sdkValues(r.inputs())),
                                            parent == null ? ComponentResourceOptions.Empty : ComponentResourceOptions.builder().parent(parent).build());
                            byUrn.put(r.urn(), created);
                        }
                    });
            if (!result.exceptions().isEmpty()) {
                throw new IllegalStateException("the anchor program failed", result.exceptions().get(0));
            }
            return result.resources().size();
        } finally {
            PulumiTestInternal.cleanup();
        }
    }
}
