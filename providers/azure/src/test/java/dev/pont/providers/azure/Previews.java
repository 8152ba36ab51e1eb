package dev.pont.providers.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.platform.Platform;
import dev.pont.core.platform.PontStack;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.Placement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Tiny stacks previewed through the Azure adapter, and ways to find things in the plans. */
final class Previews {
    static final String SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9wZW5zc2gta2V5LWZvci10ZXN0cy1vbmx5LW5vdC1yZWFs ops@test";
    static final String STACK = "demo";
    static final String RG_ID = "/subscriptions/" + AzurePreview.ZERO + "/resourceGroups/rg-demo";

    private Previews() {}

    static PontStack stack(Consumer<Platform> body) {
        return stack(Placement.in(Jurisdiction.FR), body);
    }

    static PontStack stack(Placement placement, Consumer<Platform> body) {
        return stack(STACK, placement, body);
    }

    static PontStack stack(String name, Placement placement, Consumer<Platform> body) {
        return new PontStack() {
            public String name() { return name; }
            public String description() { return "test stack"; }
            public Placement placement() { return placement; }
            public void define(Platform p) { body.accept(p); }
        };
    }

    /** The stack previewed on Azure with the admin SSH key set, plus {@code config}. */
    static Plan preview(PontStack stack, Map<String, String> config) {
        Map<String, String> values = new HashMap<>(config);
        values.putIfAbsent("pont:adminSshPublicKey", SSH_KEY);
        return Preview.of(stack, new AzureAdapter(), new PreviewConfig(values, Set.of()));
    }

    static Plan preview(PontStack stack) {
        return preview(stack, Map.of());
    }

    static PlannedResource component(Plan plan, String name) {
        return plan.components().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + name));
    }

    /** Resources of one type anywhere under a component. */
    static List<PlannedResource> under(Plan plan, String component, String type) {
        return plan.descendants(component(plan, component).urn()).stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The single resource of one type under a component. */
    static PlannedResource one(Plan plan, String component, String type) {
        List<PlannedResource> found = under(plan, component, type);
        assertThat(found).as(type + " under " + component).hasSize(1);
        return found.get(0);
    }

    static PlannedResource named(Plan plan, String name) {
        return plan.resources().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource named " + name));
    }

    /** A value inside inputs by dotted path, e.g. {@code properties.networkAcls.defaultAction}; list items by index. */
    static Object at(PlannedResource resource, String path) {
        Object value = resource.inputs();
        for (String part : path.split("\\.")) {
            if (value instanceof Map<?, ?> map) {
                value = map.get(part);
            } else if (value instanceof List<?> list && part.matches("[0-9]+")) {
                value = list.get(Integer.parseInt(part));
            } else {
                throw new AssertionError("no " + path + " in " + resource.name() + " (stopped at " + part + ")");
            }
        }
        return value;
    }

    /** A nested map inside inputs, by dotted path. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(PlannedResource resource, String path) {
        return (Map<String, Object>) at(resource, path);
    }

    /** Whether {@code resource} depends on the resource named {@code name}. */
    static boolean dependsOn(Plan plan, PlannedResource resource, String name) {
        return resource.dependencies().contains(named(plan, name).urn());
    }

    static String id(String provider, String path) {
        return RG_ID + "/providers/" + provider + "/" + path;
    }
}
