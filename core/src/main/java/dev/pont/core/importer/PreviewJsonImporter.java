package dev.pont.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import dev.pont.core.plan.Unknowns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pulumi preview --json}: the stack as it will be once the previewed update is applied. Each
 * step's {@code newState} is a resource; steps that only remove a resource are left out:
 *
 * <ul>
 *   <li>{@code same}, {@code create}, {@code update}, {@code import}, {@code refresh}: the new state
 *       (the old one when a {@code same} step carries no new state);</li>
 *   <li>{@code replace}, {@code create-replacement}, {@code read-replacement}, {@code import-replacement}:
 *       the replacement, once per URN;</li>
 *   <li>{@code read}: a resource the program reads but does not manage, kept as it is;</li>
 *   <li>{@code delete}, {@code discard}: left out with a warning (the update removes it);
 *       {@code delete-replaced}, {@code discard-replaced}, {@code remove-pending-replace}: left out
 *       silently (its replacement is kept);</li>
 *   <li>any other op: skipped, and the plan is incomplete.</li>
 * </ul>
 *
 * Values the preview does not know yet stay {@link Unknowns#UNKNOWN}; {@code "[secret]"} and secret
 * objects become {@link Secrets#REDACTED}.
 */
final class PreviewJsonImporter implements EstateImporter {
    private static final Set<String> KEEP = Set.of("same", "create", "update", "import", "refresh", "read");
    private static final Set<String> REPLACEMENT = Set.of("replace", "create-replacement", "read-replacement", "import-replacement");
    private static final Set<String> REMOVE = Set.of("delete", "discard");
    private static final Set<String> REPLACED = Set.of("delete-replaced", "discard-replaced", "remove-pending-replace");
    static final String MASKED_SECRET = "[secret]";

    @Override
    public Format format() {
        return Format.PREVIEW_JSON;
    }

    /** A preview has a {@code steps} array (and usually a {@code changeSummary}); never a deployment or an ARM schema. */
    @Override
    public boolean recognises(JsonNode root) {
        return (root.has("steps") || root.has("changeSummary")) && !root.has("deployment") && !root.has("$schema")
                && !root.has("stack");
    }

    @Override
    public Plan read(JsonNode root, ImportContext in) {
        JsonNode steps = in.array(root, "steps", "$", true);
        List<PlannedResource> out = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Set<String> allUrns = new HashSet<>();
        Map<String, String> replaced = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            String path = "$.steps[" + i + "]";
            JsonNode step = steps.get(i);
            if (!step.isObject()) {
                throw in.fail(path, "expected an object, found " + ImportContext.kind(step), in.fix());
            }
            String op = in.text(step, "op", path, true);
            String urn = in.text(step, "urn", path, true);
            String name = in.nameOf(urn, path + ".urn");
            allUrns.add(urn);
            if (REPLACED.contains(op)) {
                continue;
            }
            JsonNode state = in.object(step, "newState", path);
            String statePath = path + ".newState";
            if (state == null && (op.equals("same") || op.equals("refresh") || REMOVE.contains(op))) {
                state = in.object(step, "oldState", path);
                statePath = path + ".oldState";
            }
            if (REMOVE.contains(op)) {
                String type = state == null ? null : in.text(state, "type", statePath, false);
                in.warn("left out " + (type == null ? "" : ImportContext.shorten(type) + " ") + ImportContext.shorten(name)
                        + ": the previewed update deletes it (op " + op + ")");
                continue;
            }
            if (!KEEP.contains(op) && !REPLACEMENT.contains(op)) {
                in.skip("skipped " + ImportContext.shorten(name) + " (" + path + "): unknown step op " + ImportContext.shorten(op));
                continue;
            }
            if (REPLACEMENT.contains(op)) {
                if (replaced.putIfAbsent(urn, path) != null) {
                    continue;
                }
            }
            if (state == null) {
                throw in.fail(path + ".newState", "missing for a " + op + " step", in.fix());
            }
            String type = in.text(state, "type", statePath, true);
            String stateUrn = in.text(state, "urn", statePath, false);
            if (stateUrn != null && !stateUrn.equals(urn)) {
                throw in.fail(statePath + ".urn", "is not the step's URN " + ImportContext.shorten(urn), in.fix());
            }
            String id = in.text(state, "id", statePath, false);
            out.add(new PlannedResource(urn, type, name, in.text(state, "parent", statePath, false), in.bool(state, "custom", statePath),
                    id == null || id.isEmpty() || Unknowns.isUnknown(id) ? null : id, masked(in.inputs(state, "inputs", statePath)),
                    in.text(state, "provider", statePath, false), in.strings(state, "dependencies", statePath)));
            paths.add(path);
        }
        // A replaced resource appears once even when its replace and create-replacement steps both carry a state.
        List<PlannedResource> unique = new ArrayList<>();
        List<String> uniquePaths = new ArrayList<>();
        Map<String, Integer> firstKept = new java.util.HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            Integer first = firstKept.putIfAbsent(out.get(i).urn(), i);
            if (first == null || !replaced.containsKey(out.get(i).urn())) {
                unique.add(out.get(i));
                uniquePaths.add(paths.get(i));
            }
        }
        List<PlannedResource> kept = in.checkGraph(unique, uniquePaths, allUrns);
        return StackExportImporter.named(kept, in, "$.steps", "preview a stack that has resources");
    }

    /** The preview masks secrets as {@code "[secret]"} unless run with --show-secrets: both become the redacted marker. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> masked(Map<String, Object> inputs) {
        return (Map<String, Object>) mask(inputs);
    }

    private static Object mask(Object value) {
        if (MASKED_SECRET.equals(value)) {
            return Secrets.REDACTED;
        }
        if (value instanceof Map<?, ?> m && !Secrets.isSecret(value)) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), mask(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(PreviewJsonImporter::mask).toList();
        }
        return value;
    }
}
