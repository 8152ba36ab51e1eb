package dev.pont.core.adapter;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.pont.core.platform.Platform;
import dev.pont.core.platform.PontStack;
import dev.pont.core.platform.StackModel;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Deviation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The Pulumi program Pont runs: one stack realised through one adapter. The same code runs
 * under {@code pulumi preview}/{@code up} (see the stacks module's entry point) and in the
 * offline preview engine.
 */
public final class PontProgram {

    /** What the adapter reported while realising the stack. */
    public record Result(List<Deviation> deviations, List<CatalogChoice> choices) {
    }

    private PontProgram() {}

    public static Result run(Context ctx, PontStack stack, Adapter adapter, StackConfig config) {
        return run(ctx, stack.name(), stack.placement(), adapter, config, stack::define);
    }

    /** Replays a stack model (an audit's inferred specs) through an adapter. */
    public static Result run(Context ctx, StackModel model, Adapter adapter, StackConfig config) {
        return run(ctx, model.stack(), model.placement(), adapter, config,
                platform -> model.declarations().forEach(d -> platform.declare(d.name(), d.spec())));
    }

    private static Result run(Context ctx, String stack, dev.pont.core.spec.Placement placement, Adapter adapter,
                              StackConfig config, Consumer<Platform> define) {
        Session session = new Session(stack, adapter.info().id(), placement, config);
        AdapterRealiser realiser = new AdapterRealiser(adapter, session);
        define.accept(new Platform(stack, placement, realiser));
        ctx.export("pontStack", Output.of(stack));
        ctx.export("pontTarget", Output.of(adapter.info().id()));
        ctx.export("pontDeviations", Output.of(realiser.deviations().stream()
                .map(d -> d.resource() + ": " + d.grade().wire() + " (" + String.join("; ", d.reasons()) + ")").toList()));
        ctx.export(DataPlaneEndpoints.OUTPUT, endpoints(realiser.endpoints()));
        return new Result(realiser.deviations(), realiser.choices());
    }

    /** {@code {<resource>: {kind, ...}}} for the resources whose adapter gave an endpoint; empty when none did. */
    static Output<Map<String, Object>> endpoints(Map<String, Output<Map<String, Object>>> endpoints) {
        if (endpoints.isEmpty()) {
            return Output.of(Map.of());
        }
        List<String> names = List.copyOf(endpoints.keySet());
        return Output.all(names.stream().map(endpoints::get).toList()).applyValue(values -> {
            Map<String, Object> all = new TreeMap<>();
            for (int i = 0; i < names.size(); i++) {
                all.put(names.get(i), values.get(i));
            }
            return all;
        });
    }
}
