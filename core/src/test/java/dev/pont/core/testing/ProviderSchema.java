package dev.pont.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A Pulumi provider schema (or an extract of one, same shape: {@code resources.<token>.inputProperties},
 * {@code requiredInputs}, {@code types}) used to keep hand-written bindings and the plans they
 * produce honest: tokens exist, input names exist with the right types, required inputs are set,
 * enum values are legal. Each check returns the problems found, one line each.
 */
public final class ProviderSchema {
    private final String file;
    private final JsonNode root;

    private ProviderSchema(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /** Loads {@code ../shared/schemas/<name>} (the {@code pont.shared.dir} system property points at shared/). */
    public static ProviderSchema shared(String name) {
        Path dir = Path.of(System.getProperty("pont.shared.dir", "../shared"));
        return load(dir.resolve("schemas").resolve(name));
    }

    public static ProviderSchema load(Path path) {
        try {
            return new ProviderSchema(path.getFileName().toString(), Json.mapper().readTree(Files.readString(path)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read provider schema " + path + ": " + e.getMessage(), e);
        }
    }

    public boolean hasResource(String token) {
        return root.path("resources").has(token);
    }

    /** Checks a binding: its {@code @ResourceType} token and every {@code @Import} field of its args class. */
    public List<String> checkBinding(Class<?> resourceClass, Class<?> argsClass) {
        List<String> problems = new ArrayList<>();
        ResourceType type = resourceClass.getAnnotation(ResourceType.class);
        if (type == null) {
            problems.add(resourceClass.getSimpleName() + ": no @ResourceType annotation");
            return problems;
        }
        JsonNode resource = root.path("resources").path(type.type());
        if (resource.isMissingNode()) {
            problems.add(resourceClass.getSimpleName() + ": token " + type.type() + " is not in " + file);
            return problems;
        }
        checkFields(type.type(), argsClass, resource.path("inputProperties"), problems);
        return problems;
    }

    private void checkFields(String where, Class<?> argsClass, JsonNode properties, List<String> problems) {
        for (Class<?> c = argsClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Import imp = field.getAnnotation(Import.class);
                if (imp == null) {
                    continue;
                }
                JsonNode property = properties.path(imp.name());
                if (property.isMissingNode()) {
                    problems.add(where + ": input '" + imp.name() + "' is not in " + file);
                    continue;
                }
                checkType(where + "." + imp.name(), unwrapOutput(field.getGenericType()), property, problems);
            }
        }
    }

    private void checkType(String where, Type javaType, JsonNode property, List<String> problems) {
        JsonNode schema = resolve(property);
        String expected = schema.path("type").asText("");
        Class<?> raw = rawClass(javaType);
        if (schema.has("enum")) {
            if (raw != String.class && !raw.isEnum()) {
                problems.add(where + ": enum in schema, but Java type is " + raw.getSimpleName());
            }
            return;
        }
        switch (expected) {
            case "string" -> require(where, raw == String.class, "string", raw, problems);
            case "boolean" -> require(where, raw == Boolean.class, "boolean", raw, problems);
            case "integer" -> require(where, raw == Integer.class, "integer", raw, problems);
            case "number" -> require(where, raw == Double.class || raw == Integer.class, "number", raw, problems);
            case "array" -> {
                if (!List.class.isAssignableFrom(raw)) {
                    problems.add(where + ": array in schema, but Java type is " + raw.getSimpleName());
                } else {
                    checkType(where + "[]", unwrapOutput(typeArgument(javaType, 0)), schema.path("items"), problems);
                }
            }
            case "object" -> {
                if (schema.has("additionalProperties")) {
                    if (!Map.class.isAssignableFrom(raw)) {
                        problems.add(where + ": map in schema, but Java type is " + raw.getSimpleName());
                    }
                } else if (Map.class.isAssignableFrom(raw)) {
                    problems.add(where + ": object type in schema, but Java type is a Map: write an args class");
                } else {
                    checkFields(where, raw, schema.path("properties"), problems);
                }
            }
            default -> {
                // "$ref" to pulumi.json#/Any or unknown shapes: accept any Java type.
            }
        }
    }

    private static void require(String where, boolean ok, String expected, Class<?> raw, List<String> problems) {
        if (!ok) {
            problems.add(where + ": " + expected + " in schema, but Java type is " + raw.getSimpleName());
        }
    }

    /** Follows a local {@code $ref} to {@code #/types/<token>}. */
    private JsonNode resolve(JsonNode property) {
        String ref = property.path("$ref").asText("");
        if (ref.startsWith("#/types/")) {
            JsonNode type = root.path("types").path(java.net.URLDecoder.decode(ref.substring("#/types/".length()), java.nio.charset.StandardCharsets.UTF_8));
            if (!type.isMissingNode()) {
                return type;
            }
        }
        return property;
    }

    /**
     * Checks the resources of a plan that belong to this schema's package: token exists, required
     * inputs set, every input name known, enum values legal, at any depth.
     */
    public List<String> checkPlan(Plan plan, String typePrefix) {
        List<String> problems = new ArrayList<>();
        for (PlannedResource r : plan.resources()) {
            if (!r.custom() || !r.type().startsWith(typePrefix)) {
                continue;
            }
            JsonNode resource = root.path("resources").path(r.type());
            String where = r.type() + " '" + r.name() + "'";
            if (resource.isMissingNode()) {
                problems.add(where + ": token is not in " + file);
                continue;
            }
            for (JsonNode req : resource.path("requiredInputs")) {
                if (!r.inputs().containsKey(req.asText())) {
                    problems.add(where + ": required input '" + req.asText() + "' is not set");
                }
            }
            checkValues(where, r.inputs(), resource.path("inputProperties"), problems);
        }
        return problems;
    }

    private void checkValues(String where, Map<String, Object> values, JsonNode properties, List<String> problems) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getKey().startsWith("__")) {
                continue;
            }
            JsonNode property = properties.path(e.getKey());
            if (property.isMissingNode()) {
                problems.add(where + ": input '" + e.getKey() + "' is not in " + file);
                continue;
            }
            checkValue(where + "." + e.getKey(), e.getValue(), property, problems);
        }
    }

    @SuppressWarnings("unchecked")
    private void checkValue(String where, Object value, JsonNode property, List<String> problems) {
        if (value == null || Secrets.isSecret(value)) {
            return;
        }
        JsonNode schema = resolve(property);
        if (schema.has("enum")) {
            List<String> legal = new ArrayList<>();
            for (JsonNode v : schema.path("enum")) {
                legal.add(v.path("value").asText(v.asText()));
            }
            if (!legal.contains(String.valueOf(value))) {
                problems.add(where + ": value '" + value + "' is not one of " + legal);
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "string" -> expect(where, value instanceof String, "a string", value, problems);
            case "boolean" -> expect(where, value instanceof Boolean, "a boolean", value, problems);
            case "integer", "number" -> expect(where, value instanceof Number, "a number", value, problems);
            case "array" -> {
                if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        checkValue(where + "[" + i + "]", list.get(i), schema.path("items"), problems);
                    }
                } else {
                    problems.add(where + ": expected a list, got " + value);
                }
            }
            case "object" -> {
                if (!(value instanceof Map<?, ?> map)) {
                    problems.add(where + ": expected an object, got " + value);
                } else if (schema.has("additionalProperties")) {
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        checkValue(where + "." + e.getKey(), e.getValue(), schema.path("additionalProperties"), problems);
                    }
                } else if (schema.has("properties")) {
                    checkValues(where, (Map<String, Object>) map, schema.path("properties"), problems);
                }
            }
            default -> {
            }
        }
    }

    private static void expect(String where, boolean ok, String what, Object value, List<String> problems) {
        if (!ok) {
            problems.add(where + ": expected " + what + ", got " + value);
        }
    }

    private static Type unwrapOutput(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == Output.class) {
            return p.getActualTypeArguments()[0];
        }
        return type;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /** All resource tokens in the schema, for reports. */
    public List<String> tokens() {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = root.path("resources").fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
