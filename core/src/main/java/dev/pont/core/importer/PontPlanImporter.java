package dev.pont.core.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Pont's own plan JSON, as {@code pont preview --format json} writes it: {@code stack}, {@code target}, {@code resources}. */
final class PontPlanImporter implements EstateImporter {

    @Override
    public Format format() {
        return Format.PONT;
    }

    /** A Pont plan has {@code stack}, {@code target} and {@code resources}, and no Pulumi or ARM markers. */
    @Override
    public boolean recognises(JsonNode root) {
        return root.has("stack") && root.has("target") && root.has("resources")
                && !root.has("deployment") && !root.has("steps") && !root.has("$schema");
    }

    @Override
    public Plan read(JsonNode root, ImportContext in) {
        String stack = in.text(root, "stack", "$", true);
        String target = in.text(root, "target", "$", true);
        JsonNode resources = in.array(root, "resources", "$", true);
        List<PlannedResource> out = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            String path = "$.resources[" + i + "]";
            paths.add(path);
            JsonNode r = resources.get(i);
            if (!r.isObject()) {
                throw in.fail(path, "expected an object, found " + ImportContext.kind(r), in.fix());
            }
            String urn = in.text(r, "urn", path, true);
            String type = in.text(r, "type", path, true);
            String resourceName = in.text(r, "name", path, false);
            out.add(new PlannedResource(urn, type, resourceName == null ? in.nameOf(urn, path + ".urn") : resourceName,
                    in.text(r, "parent", path, false), in.bool(r, "custom", path), in.text(r, "id", path, false),
                    in.inputs(r, "inputs", path), in.text(r, "provider", path, false), in.strings(r, "dependencies", path)));
        }
        List<PlannedResource> kept = in.checkGraph(out, paths, new HashSet<>(out.stream().map(PlannedResource::urn).toList()));
        List<Deviation> deviations = list(root, "deviations", Deviation.class, "a list of deviations", in);
        List<CatalogChoice> choices = list(root, "choices", CatalogChoice.class, "a list of catalog choices", in);
        List<String> warnings = new ArrayList<>(in.strings(root, "warnings", "$"));
        return new Plan(stack, target, kept, deviations, choices, warnings);
    }

    private static <T> List<T> list(JsonNode root, String field, Class<T> type, String what, ImportContext in) {
        JsonNode node = in.array(root, field, "$", false);
        if (node == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            try {
                out.add(Json.mapper().treeToValue(node.get(i), type));
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                throw in.fail("$." + field + "[" + i + "]", "not an entry of " + what, in.fix());
            }
        }
        return out;
    }
}
