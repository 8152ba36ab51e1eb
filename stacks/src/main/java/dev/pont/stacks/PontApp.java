package dev.pont.stacks;

import com.pulumi.Pulumi;
import dev.pont.core.adapter.ContextConfig;
import dev.pont.core.adapter.PontProgram;
import java.util.ArrayList;

/**
 * The Pulumi program: what {@code pulumi preview}/{@code pulumi up} run (see {@code Pulumi.yaml}
 * at the repository root). The Pulumi stack's config picks the target ({@code pont:target},
 * default: the Pulumi stack name) and the Pont stack ({@code pont:stack}, default
 * {@code health-data}).
 */
public final class PontApp {
    private PontApp() {}

    public static void main(String[] args) {
        Pulumi.run(ctx -> {
            ContextConfig config = new ContextConfig(ctx, false, new ArrayList<>());
            String target = config.get("pont:target").orElse(ctx.stackName());
            String stack = config.get("pont:stack").orElse("health-data");
            PontProgram.run(ctx, StackRegistry.get(stack), Targets.create(target), config);
        });
    }
}
