package dev.pont.core.preview;

import dev.pont.core.adapter.Adapter;
import dev.pont.core.adapter.ContextConfig;
import dev.pont.core.adapter.PontProgram;
import dev.pont.core.adapter.PreviewOutputs;
import dev.pont.core.plan.Plan;
import dev.pont.core.platform.PontStack;
import dev.pont.core.platform.StackModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Offline preview: a stack (or a stack model) through one adapter, captured as a Plan. */
public final class Preview {
    private Preview() {}

    /** A preview's plan and the stack outputs the program exported (e.g. {@code pontEndpoints}). */
    public record Outcome(Plan plan, Map<String, Object> outputs) {
    }

    public static Plan of(PontStack stack, Adapter adapter, PreviewConfig config) {
        return outcome(stack, adapter, config).plan();
    }

    /** The plan and the stack outputs, from one run. */
    public static Outcome outcome(PontStack stack, Adapter adapter, PreviewConfig config) {
        return run(stack.name(), adapter, config, (ctx, cfg) -> PontProgram.run(ctx, stack, adapter, cfg));
    }

    public static Plan of(StackModel model, Adapter adapter, PreviewConfig config) {
        return run(model.stack(), adapter, config, (ctx, cfg) -> PontProgram.run(ctx, model, adapter, cfg)).plan();
    }

    private interface Body {
        PontProgram.Result run(com.pulumi.Context ctx, ContextConfig config);
    }

    private static Outcome run(String stack, Adapter adapter, PreviewConfig config, Body body) {
        String target = adapter.info().id();
        List<String> warnings = new ArrayList<>();
        AtomicReference<PontProgram.Result> result = new AtomicReference<>();
        var request = new PreviewEngine.Request(PreviewConfig.PROJECT, target, config.values(), config.secretKeys(),
                adapter instanceof PreviewOutputs outputs ? outputs : null);
        PreviewEngine.Capture capture = PreviewEngine.run(request,
                ctx -> result.set(body.run(ctx, new ContextConfig(ctx, true, warnings))));
        warnings.addAll(capture.engineErrors());
        return new Outcome(new Plan(stack, target, capture.resources(), result.get().deviations(), result.get().choices(), warnings),
                capture.outputs());
    }
}
