package dev.pont.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code pulumi stack export}, deployment version 3: providers, components, secrets as ciphertext
 * objects (redacted), pending operations (a warning), resources with {@code delete: true} (skipped, a
 * warning: the replacement is the live one).
 */
final class StackExportImporter implements EstateImporter {
    private static final String EXPORT = "export the stack with `pulumi stack export --file FILE`";

    @Override
    public Format format() {
        return Format.STACK_EXPORT;
    }

    /** A stack export has a {@code deployment} object next to its {@code version} (or a version 1 {@code checkpoint}). */
    @Override
    public boolean recognises(JsonNode root) {
        return (root.has("deployment") || (root.has("version") && root.has("checkpoint"))) && !root.has("steps") && !root.has("$schema");
    }

    @Override
    public Plan read(JsonNode root, ImportContext in) {
        JsonNode version = root.get("version");
        if (version == null || version.isNull()) {
            throw in.fail("$.version", "no deployment version", EXPORT);
        }
        if (!version.isIntegralNumber()) {
            throw in.fail("$.version", "expected a number, found " + ImportContext.kind(version), EXPORT);
        }
        if (version.asLong() != PlanImporter.DEPLOYMENT_VERSION) {
            throw in.fail("$.version", "deployment version " + ImportContext.shorten(version.asText()) + " is not supported (Pont reads version "
                    + PlanImporter.DEPLOYMENT_VERSION + ")", "export the stack again with Pulumi 3 (`pulumi stack export --file FILE`)");
        }
        JsonNode deployment = root.get("deployment");
        if (deployment == null || !deployment.isObject()) {
            throw in.fail("$.deployment", deployment == null ? "no deployment" : "expected an object, found " + ImportContext.kind(deployment), EXPORT);
        }
        JsonNode resources = in.array(deployment, "resources", "$.deployment", false);
        JsonNode pending = in.array(deployment, "pending_operations", "$.deployment", false);
        if (pending != null && !pending.isEmpty()) {
            in.warn(pending.size() + " pending operation(s) in the export (an interrupted update): the state may not"
                    + " match the cloud; run `pulumi refresh` and export again");
        }
        List<PlannedResource> out = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Map<String, String> allUrns = new HashMap<>();
        if (resources != null) {
            for (int i = 0; i < resources.size(); i++) {
                String path = "$.deployment.resources[" + i + "]";
                JsonNode r = resources.get(i);
                if (!r.isObject()) {
                    throw in.fail(path, "expected an object, found " + ImportContext.kind(r), in.fix());
                }
                String urn = in.text(r, "urn", path, true);
                String type = in.text(r, "type", path, true);
                String resourceName = in.nameOf(urn, path + ".urn");
                allUrns.putIfAbsent(urn, path);
                boolean custom = in.bool(r, "custom", path);
                if (in.bool(r, "delete", path)) {
                    in.warn("skipped " + ImportContext.shorten(type) + " " + ImportContext.shorten(resourceName)
                            + ": marked for deletion (delete: true) by an interrupted replacement");
                    continue;
                }
                String id = in.text(r, "id", path, false);
                out.add(new PlannedResource(urn, type, resourceName, in.text(r, "parent", path, false), custom,
                        id == null || id.isEmpty() ? null : id, in.inputs(r, "inputs", path), in.text(r, "provider", path, false),
                        in.strings(r, "dependencies", path)));
                paths.add(path);
            }
        }
        List<PlannedResource> kept = in.checkGraph(out, paths, allUrns.keySet());
        return named(kept, in, "$.deployment.resources", "export a stack that has been deployed (`pulumi up` first)");
    }

    /** Stack and target from the stack resource's URN (project and Pulumi stack), or the Pont tag all resources carry. */
    static Plan named(List<PlannedResource> resources, ImportContext in, String where, String fixWhenEmpty) {
        String stackUrn = resources.stream().filter(r -> PlanImporter.STACK_TYPE.equals(r.type())).map(PlannedResource::urn)
                .findFirst().orElse(null);
        String rootUrn = stackUrn != null ? stackUrn : resources.isEmpty() ? null : resources.get(0).urn();
        if (rootUrn == null) {
            throw in.fail(where, "no resources, so no stack", fixWhenEmpty);
        }
        if (stackUrn == null) {
            in.warn("no " + PlanImporter.STACK_TYPE + " resource: stack and target read from the first URN");
        }
        String[] parts = rootUrn.split("::", 4);
        String pulumiStack = parts[0].substring(PlanImporter.URN_PREFIX.length());
        String project = parts[1];
        String pontStack = pontStackTag(resources);
        return new Plan(pontStack != null ? pontStack : project, pulumiStack, resources, List.of(), List.of(), List.of());
    }

    /** The {@code pont-stack} tag or label of an estate Pont deployed, when all resources agree on one. */
    static String pontStackTag(List<PlannedResource> resources) {
        TreeSet<String> values = new TreeSet<>();
        for (PlannedResource r : resources) {
            for (String key : List.of("tags", "labels")) {
                if (r.inputs().get(key) instanceof Map<?, ?> m && m.get("pont-stack") instanceof String s) {
                    values.add(s);
                }
            }
        }
        return values.size() == 1 ? values.first() : null;
    }
}
