package dev.pont.providers.azure.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.importer.EstateImporter;
import dev.pont.core.importer.Format;
import dev.pont.core.importer.ImportContext;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import dev.pont.core.plan.Unknowns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Azure Resource Manager templates, including what {@code az group export} and the portal's "Export
 * template" write, as a plan of {@code azure-native} resources (see docs/importers.md):
 *
 * <ul>
 *   <li>each {@code Microsoft.*} type becomes the azure-native token of {@code arm-types.json}, or the
 *       token azure-native's naming derives, so unknown services still reach the fact extractor;</li>
 *   <li>nested {@code resources} take their parent's type and name as prefix; the name's segments fill
 *       the azure-native name inputs ({@code accountName}, {@code containerName}…);</li>
 *   <li>{@code properties} is lifted into the inputs (also inside list items such as subnets and rules)
 *       unless azure-native keeps it, then renamed where azure-native names an input differently;
 *       {@code sku}, {@code kind}, {@code location}, {@code tags}, {@code identity}, {@code zones} are kept;</li>
 *   <li>every expression ({@code [parameters(...)]}, {@code [resourceId(...)]}…) in an input is
 *       {@link Unknowns#UNKNOWN}; names are evaluated where they only use literals, parameter defaults
 *       and variables, else kept as written;</li>
 *   <li>{@code dependsOn} and the parent of a child become dependencies; copy loops are imported once,
 *       nested deployments are not imported (both leave the plan incomplete); conditions are warnings.</li>
 * </ul>
 */
public final class ArmImporter implements EstateImporter {
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|connectionstring|accesskey|sastoken).*");
    /** Names and references to a secret are not the secret: {@code secretName}, {@code keyVaultSecretId}, {@code secretUri}. */
    private static final Pattern NOT_SECRET_KEY = Pattern.compile("(?i).*(name|id|uri|url|type)$");
    private static final Set<String> LANGUAGE_VERSIONS = Set.of("1.0", "1.9-experimental", "2.0");
    private static final String STACK = "azure";

    private final ArmTypes types = ArmTypes.load();

    @Override
    public Format format() {
        return Format.ARM;
    }

    /** An ARM template states its {@code $schema} (a deployment template or parameters schema), or has {@code contentVersion} and {@code resources}. */
    @Override
    public boolean recognises(JsonNode root) {
        JsonNode schema = root.get("$schema");
        if (schema != null && schema.isTextual()) {
            String s = schema.textValue().toLowerCase(Locale.ROOT);
            return s.contains("deploymenttemplate") || s.contains("deploymentparameters") || s.contains("schema.management.azure.com");
        }
        return root.has("contentVersion") && root.has("resources") && !root.has("stack") && !root.has("deployment") && !root.has("steps");
    }

    /** One template resource, with its full type and name and where it sits in the file. */
    private record Item(String path, JsonNode node, String type, String rawName, Optional<String> name, Item parent) {
        String display() {
            return name.orElse(rawName);
        }
    }

    @Override
    public Plan read(JsonNode root, ImportContext in) {
        checkHeader(root, in);
        JsonNode parameters = in.object(root, "parameters", "$");
        JsonNode variables = in.object(root, "variables", "$");
        ArmExpressions expressions = new ArmExpressions(parameters, variables);
        JsonNode resources = root.get("resources");
        if (resources == null || resources.isNull()) {
            throw in.fail("$.resources", "missing", in.fix());
        }
        List<Item> items = new ArrayList<>();
        Map<String, Item> symbolic = new HashMap<>();
        collect(resources, "$.resources", null, expressions, in, items, symbolic);

        String project = project(in.name());
        String stackUrn = "urn:pulumi:" + STACK + "::" + project + "::pulumi:pulumi:Stack::" + project + "-" + STACK;
        Map<Item, String> urns = new java.util.IdentityHashMap<>();
        Map<String, String> byTypeAndName = new HashMap<>();
        Map<String, Item> seen = new HashMap<>();
        for (Item item : items) {
            Item first = seen.putIfAbsent(key(item.type(), item.display()), item);
            if (first != null) {
                throw in.fail(item.path() + ".name", "a second " + ImportContext.shorten(item.type()) + " named "
                        + ImportContext.shorten(item.display()) + " (first at " + first.path() + ")",
                        "each resource appears once in a template; remove or rename one");
            }
        }
        Map<String, List<String>> byName = new HashMap<>();
        for (Item item : items) {
            String urn = "urn:pulumi:" + STACK + "::" + project + "::" + types.of(item.type()).token() + "::" + item.display();
            urns.put(item, urn);
            byTypeAndName.putIfAbsent(key(item.type(), item.display()), urn);
            byName.computeIfAbsent(item.display().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(urn);
        }

        List<PlannedResource> out = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        out.add(new PlannedResource(stackUrn, "pulumi:pulumi:Stack", project + "-" + STACK, null, false, null, Map.of(), null, List.of()));
        paths.add("$");
        for (Item item : items) {
            ArmTypes.Entry entry = types.of(item.type());
            Set<String> dependencies = new LinkedHashSet<>();
            parentOf(item, byTypeAndName, urns).ifPresent(dependencies::add);
            JsonNode dependsOn = in.array(item.node(), "dependsOn", item.path(), false);
            if (dependsOn != null) {
                for (int i = 0; i < dependsOn.size(); i++) {
                    JsonNode d = dependsOn.get(i);
                    if (!d.isTextual()) {
                        throw in.fail(item.path() + ".dependsOn[" + i + "]", "expected a string, found " + ImportContext.kind(d), in.fix());
                    }
                    dependency(d.textValue(), expressions, byTypeAndName, byName, symbolic, urns).ifPresent(dependencies::add);
                }
            }
            dependencies.remove(urns.get(item));
            out.add(new PlannedResource(urns.get(item), entry.token(), item.display(), stackUrn, true, null,
                    inputs(item, entry, in), null, new ArrayList<>(dependencies)));
            paths.add(item.path());
        }
        java.util.Set<String> known = new java.util.HashSet<>(urns.values());
        known.add(stackUrn);
        List<PlannedResource> kept = in.checkGraph(out, paths, known);
        String tagged = pontStack(kept);
        return new Plan(tagged != null ? tagged : project, STACK, kept, List.of(), List.of(), List.of());
    }

    private void checkHeader(JsonNode root, ImportContext in) {
        String schema = in.text(root, "$schema", "$", false);
        String fix = in.fix();
        if (schema != null) {
            String s = schema.toLowerCase(Locale.ROOT);
            if (s.contains("deploymentparameters")) {
                throw in.fail("$.$schema", "a parameters file, not a template", "give the template itself (the file with \"resources\")");
            }
            if (!s.contains("deploymenttemplate")) {
                throw in.fail("$.$schema", "not a deployment template schema (" + ImportContext.shorten(schema) + ")", fix);
            }
        }
        String languageVersion = in.text(root, "languageVersion", "$", false);
        if (languageVersion != null && !LANGUAGE_VERSIONS.contains(languageVersion)) {
            throw in.fail("$.languageVersion", "language version " + ImportContext.shorten(languageVersion)
                    + " is not supported (Pont reads 1.0 and 2.0)", "export the template again, or compile the Bicep file with a released Bicep");
        }
        in.text(root, "contentVersion", "$", false);
    }

    private void collect(JsonNode resources, String path, Item parent, ArmExpressions expressions, ImportContext in, List<Item> items,
                         Map<String, Item> symbolic) {
        if (resources.isObject()) {
            // languageVersion 2.0: resources keyed by symbolic name.
            for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Item item = item(e.getValue(), path + "." + e.getKey(), parent, expressions, in);
                if (item != null) {
                    symbolic.put(e.getKey(), item);
                    add(item, expressions, in, items, symbolic);
                }
            }
            return;
        }
        if (!resources.isArray()) {
            throw in.fail(path, "expected an array, found " + ImportContext.kind(resources), in.fix());
        }
        for (int i = 0; i < resources.size(); i++) {
            Item item = item(resources.get(i), path + "[" + i + "]", parent, expressions, in);
            if (item != null) {
                add(item, expressions, in, items, symbolic);
            }
        }
    }

    private void add(Item item, ArmExpressions expressions, ImportContext in, List<Item> items, Map<String, Item> symbolic) {
        items.add(item);
        JsonNode children = item.node().get("resources");
        if (children != null && !children.isNull()) {
            collect(children, item.path() + ".resources", item, expressions, in, items, symbolic);
        }
    }

    private Item item(JsonNode r, String path, Item parent, ArmExpressions expressions, ImportContext in) {
        if (!r.isObject()) {
            throw in.fail(path, "expected an object, found " + ImportContext.kind(r), in.fix());
        }
        String type = in.text(r, "type", path, true);
        String rawName = in.text(r, "name", path, true);
        for (String field : List.of("location", "kind", "apiVersion")) {
            in.text(r, field, path, false);
        }
        for (String field : List.of("tags", "sku", "identity", "copy")) {
            in.object(r, field, path);
        }
        JsonNode properties = r.get("properties");
        if (properties != null && !properties.isNull() && !properties.isObject()
                && !(properties.isTextual() && ArmExpressions.isExpression(properties.textValue()))) {
            throw in.fail(path + ".properties", "expected an object, found " + ImportContext.kind(properties), in.fix());
        }
        if (!type.contains("/") || type.startsWith("/") || type.endsWith("/")) {
            if (parent == null || type.isBlank() || type.contains("/") ) {
                throw in.fail(path + ".type", "not a resource type (" + ImportContext.shorten(type) + ")",
                        "ARM types look like Microsoft.Storage/storageAccounts; " + in.fix());
            }
        }
        boolean relative = parent != null && !type.contains(".");
        String fullType = relative ? parent.type() + "/" + type : type;
        Optional<String> resolved = expressions.resolve(rawName);
        String fullRaw = relative ? parent.display() + "/" + (resolved.orElse(rawName)) : resolved.orElse(rawName);
        Optional<String> fullName = relative
                ? parent.name().flatMap(p -> resolved.map(n -> p + "/" + n))
                : resolved;
        int typeLevels = fullType.split("/").length - 1;
        if (fullName.isPresent() && fullName.get().split("/").length != typeLevels) {
            throw in.fail(path + ".name", "name " + ImportContext.shorten(fullName.get()) + " has " + fullName.get().split("/").length
                    + " segment(s) for the " + typeLevels + "-level type " + ImportContext.shorten(fullType),
                    "a child's name carries its parents' names (account/default/container)");
        }
        Item item = new Item(path, r, fullType, fullRaw, fullName, parent);
        if (r.has("condition")) {
            in.warn(fullType + " " + ImportContext.shorten(item.display()) + " (" + path + ") is deployed only when its condition holds;"
                    + " imported as if it did");
        }
        if (r.get("copy") != null && r.get("copy").isObject()) {
            in.skip(fullType + " " + ImportContext.shorten(item.display()) + " (" + path + ") is a copy loop: imported once, "
                    + "its other instances are not");
        }
        JsonNode template = r.path("properties").path("template");
        if (fullType.equalsIgnoreCase("Microsoft.Resources/deployments") && template.isObject()) {
            in.skip("nested deployment " + ImportContext.shorten(item.display()) + " (" + path + "): its resources are not imported;"
                    + " import its template on its own");
        }
        return item;
    }

    private Map<String, Object> inputs(Item item, ArmTypes.Entry entry, ImportContext in) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.node().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "type", "name", "apiVersion", "dependsOn", "resources", "copy", "condition", "comments", "metadata" -> { }
                default -> inputs.put(e.getKey(), value(e.getKey(), ImportContext.plain(e.getValue())));
            }
        }
        if (entry.flatten() && inputs.get("properties") instanceof Map<?, ?> props) {
            inputs.remove("properties");
            props.forEach((k, v) -> inputs.putIfAbsent(String.valueOf(k), liftProperties(v)));
        }
        entry.renames().forEach((from, to) -> rename(inputs, from, to));
        entry.secrets().forEach(path -> redact(inputs, path));
        List<String> segments = item.name().map(n -> List.of(n.split("/"))).orElse(List.of());
        List<String> names = entry.names();
        if (!entry.listed()) {
            inputs.putIfAbsent("name", segments.isEmpty() ? Unknowns.UNKNOWN : segments.get(segments.size() - 1));
        } else {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i) != null) {
                    inputs.put(names.get(i), segments.size() == names.size() ? segments.get(i) : Unknowns.UNKNOWN);
                }
            }
        }
        return inputs;
    }

    /** A template value as a plan input: expressions are unknown, escaped literals unescaped, secrets redacted. */
    private static Object value(String key, Object value) {
        if (key != null && value instanceof String text && SECRET_KEY.matcher(key).matches() && !NOT_SECRET_KEY.matcher(key).matches()
                && !ArmExpressions.isExpression(text)) {
            return Secrets.REDACTED;
        }
        if (value instanceof String s) {
            return ArmExpressions.isExpression(s) ? Unknowns.UNKNOWN : ArmExpressions.literal(s);
        }
        if (value instanceof Map<?, ?> m) {
            if (Secrets.isSecret(value)) {
                return value;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), value(String.valueOf(k), v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(v -> value(null, v)).toList();
        }
        return value;
    }

    /** azure-native lifts {@code properties} of sub-resources in lists too (subnets, security rules, IP configurations). */
    private static Object liftProperties(Object value) {
        if (value instanceof List<?> l) {
            return l.stream().map(ArmImporter::liftItem).toList();
        }
        if (value instanceof Map<?, ?> m && !Secrets.isSecret(value)) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), liftProperties(v)));
            return out;
        }
        return value;
    }

    private static Object liftItem(Object item) {
        if (item instanceof Map<?, ?> m && m.get("properties") instanceof Map<?, ?> props) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (!"properties".equals(k)) {
                    out.put(String.valueOf(k), liftProperties(v));
                }
            });
            props.forEach((k, v) -> out.putIfAbsent(String.valueOf(k), liftProperties(v)));
            return out;
        }
        return liftProperties(item);
    }

    /** Moves the value at {@code from} (matched case-insensitively) to {@code to}. */
    @SuppressWarnings("unchecked")
    private static void rename(Map<String, Object> inputs, String from, String to) {
        String[] src = from.split("\\.");
        Map<String, Object> parent = inputs;
        for (int i = 0; i < src.length - 1; i++) {
            String k = keyOf(parent, src[i]);
            if (k == null || !(parent.get(k) instanceof Map<?, ?> next)) {
                return;
            }
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) next);
            parent.put(k, copy);
            parent = copy;
        }
        String last = keyOf(parent, src[src.length - 1]);
        if (last == null) {
            return;
        }
        Object value = parent.remove(last);
        String[] dst = to.split("\\.");
        Map<String, Object> target = inputs;
        for (int i = 0; i < dst.length - 1; i++) {
            Object next = target.get(dst[i]);
            Map<String, Object> copy = next instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
            target.put(dst[i], copy);
            target = copy;
        }
        target.put(dst[dst.length - 1], value);
    }

    /** Replaces the value at {@code path} (matched case-insensitively) with the redacted marker, unless it is unknown. */
    @SuppressWarnings("unchecked")
    private static void redact(Map<String, Object> inputs, String path) {
        String[] parts = path.split("\\.");
        Map<String, Object> parent = inputs;
        for (int i = 0; i < parts.length - 1; i++) {
            String k = keyOf(parent, parts[i]);
            if (k == null || !(parent.get(k) instanceof Map<?, ?> next)) {
                return;
            }
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) next);
            parent.put(k, copy);
            parent = copy;
        }
        String last = keyOf(parent, parts[parts.length - 1]);
        if (last != null && parent.get(last) != null && !Unknowns.isUnknown(parent.get(last))) {
            parent.put(last, Secrets.REDACTED);
        }
    }

    private static String keyOf(Map<String, Object> map, String key) {
        if (map.containsKey(key)) {
            return key;
        }
        return map.keySet().stream().filter(k -> k.equalsIgnoreCase(key)).findFirst().orElse(null);
    }

    /** The enclosing resource of a nested child, or the resource whose type and name prefix a top-level child's. */
    private static Optional<String> parentOf(Item item, Map<String, String> byTypeAndName, Map<Item, String> urns) {
        if (item.parent() != null) {
            return Optional.of(urns.get(item.parent()));
        }
        String[] type = item.type().split("/");
        String[] name = item.display().split("/");
        for (int levels = type.length - 2; levels >= 1; levels--) {
            if (name.length >= levels) {
                String parentType = String.join("/", java.util.Arrays.copyOf(type, levels + 1));
                String parentName = String.join("/", java.util.Arrays.copyOf(name, levels));
                String urn = byTypeAndName.get(key(parentType, parentName));
                if (urn != null) {
                    return Optional.of(urn);
                }
            }
        }
        return Optional.empty();
    }

    /** A {@code dependsOn} entry: a resourceId expression, {@code type/name}, a symbolic name or a bare resource name. */
    private static Optional<String> dependency(String text, ArmExpressions expressions, Map<String, String> byTypeAndName,
                                               Map<String, List<String>> byName, Map<String, Item> symbolic, Map<Item, String> urns) {
        if (symbolic.containsKey(text)) {
            return Optional.of(urns.get(symbolic.get(text)));
        }
        Optional<String> id = ArmExpressions.isExpression(text) ? expressions.resourceId(text) : Optional.of(text);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = id.get().split("/");
        if (parts.length >= 3 && parts[0].contains(".")) {
            int levels = (parts.length - 1) / 2;
            String type = String.join("/", java.util.Arrays.copyOf(parts, levels + 1));
            String name = String.join("/", java.util.Arrays.copyOfRange(parts, levels + 1, parts.length));
            return Optional.ofNullable(byTypeAndName.get(key(type, name)));
        }
        List<String> named = byName.getOrDefault(id.get().toLowerCase(Locale.ROOT), List.of());
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static String key(String type, String name) {
        return (type + "|" + name).toLowerCase(Locale.ROOT);
    }

    /** The estate's name: the file name up to its first dot ({@code health-data.arm.json} is {@code health-data}). */
    static String project(String file) {
        Path name = Path.of(file).getFileName();
        String base = name == null ? "arm" : name.toString();
        int dot = base.indexOf('.');
        String stem = (dot > 0 ? base.substring(0, dot) : base).replace("::", "-").replace("$", "-");
        return stem.isBlank() ? "arm" : stem;
    }

    private static String pontStack(List<PlannedResource> resources) {
        java.util.TreeSet<String> values = new java.util.TreeSet<>();
        for (PlannedResource r : resources) {
            if (r.inputs().get("tags") instanceof Map<?, ?> m && m.get("pont-stack") instanceof String s) {
                values.add(s);
            }
        }
        return values.size() == 1 ? values.first() : null;
    }
}
