package dev.pont.stacks;

import dev.pont.core.PontException;
import dev.pont.core.platform.PontStack;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The stacks Pont knows by name. Add a stack here to make it previewable. */
public final class StackRegistry {
    private static final Map<String, Supplier<PontStack>> STACKS = new TreeMap<>(Map.of(
            "health-data", HealthData::new,
            "starter", Starter::new));

    private StackRegistry() {}

    public static List<String> names() {
        return List.copyOf(STACKS.keySet());
    }

    public static PontStack get(String name) {
        Supplier<PontStack> stack = STACKS.get(name);
        if (stack == null) {
            throw new PontException("unknown stack '" + name + "': use one of " + names() + " (see `pont stacks`)");
        }
        return stack.get();
    }
}
