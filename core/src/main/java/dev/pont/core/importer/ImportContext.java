package dev.pont.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.PontException;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an {@link EstateImporter} reads a document with: the file's name for messages, typed field
 * readers that fail with one line naming the JSON path and the fix, and the warnings and skipped parts
 * that end up in the plan. Input values are never echoed beyond {@value PlanImporter#ECHO_LIMIT} characters.
 */
public final class ImportContext {
    private final String name;
    private final String fix;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    ImportContext(String name, String fix) {
        this.name = name;
        this.fix = fix;
    }

    /** The file as given on the command line. */
    public String name() {
        return name;
    }

    /** The usual fix for this format ("export the stack again…"), used by the typed readers. */
    public String fix() {
        return fix;
    }

    /** A problem with the file: {@code <file>: <where>: <problem>; <fix>}, exit 2. */
    public PontException fail(String where, String problem, String fix) {
        return new PontException(name + ": " + where + ": " + problem + "; " + fix);
    }

    /** A note for the plan's warnings; the plan stays complete. */
    public void warn(String warning) {
        warnings.add(warning);
    }

    /** A part of the file left out of the plan: a warning, and the plan is incomplete. */
    public void skip(String what) {
        warnings.add(what);
        skipped.add(what);
    }

    public List<String> warnings() {
        return warnings;
    }

    List<String> skipped() {
        return skipped;
    }

    public String text(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(path + "." + field, "missing", fix);
            }
            return null;
        }
        if (!node.isTextual()) {
            throw fail(path + "." + field, "expected a string, found " + kind(node), fix);
        }
        return node.textValue();
    }

    public boolean bool(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw fail(path + "." + field, "expected true or false, found " + kind(node), fix);
        }
        return node.booleanValue();
    }

    public JsonNode array(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(path + "." + field, "missing", fix);
            }
            return null;
        }
        if (!node.isArray()) {
            throw fail(path + "." + field, "expected an array, found " + kind(node), fix);
        }
        return node;
    }

    public JsonNode object(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw fail(path + "." + field, "expected an object, found " + kind(node), fix);
        }
        return node;
    }

    public List<String> strings(JsonNode parent, String field, String path) {
        JsonNode node = array(parent, field, path, false);
        if (node == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw fail(path + "." + field + "[" + i + "]", "expected a string, found " + kind(node.get(i)), fix);
            }
            out.add(node.get(i).textValue());
        }
        return out;
    }

    /** An object field as plain inputs, secrets redacted; absent gives an empty map. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> inputs(JsonNode resource, String field, String path) {
        JsonNode node = object(resource, field, path);
        if (node == null) {
            return Map.of();
        }
        Object value = plain(node);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Secrets.REDACTED;
    }

    /** The name part of a Pulumi URN; fails at {@code path} if the text is not a URN. */
    public String nameOf(String urn, String path) {
        String[] parts = urn.split("::", 4);
        if (!urn.startsWith(PlanImporter.URN_PREFIX) || parts.length < 4 || parts[3].isEmpty()) {
            throw fail(path, "not a Pulumi URN (" + shorten(urn) + ")", "URNs look like urn:pulumi:<stack>::<project>::<type>::<name>");
        }
        return parts[3];
    }

    /**
     * URNs are unique among kept resources ({@code paths} locate each in the file); a resource whose
     * parent is not in {@code known} is skipped with a warning, and so are its children in turn.
     * Returns the resources kept.
     */
    public List<PlannedResource> checkGraph(List<PlannedResource> resources, List<String> paths, Set<String> known) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < resources.size(); i++) {
            Integer first = seen.putIfAbsent(resources.get(i).urn(), i);
            if (first != null) {
                throw fail(paths.get(i) + ".urn", "duplicate URN " + shorten(resources.get(i).urn()) + " (first at "
                        + paths.get(first) + ")", "each resource appears once; write or export the file again");
            }
        }
        java.util.Set<String> present = new java.util.HashSet<>(known);
        List<PlannedResource> kept = new ArrayList<>(resources);
        List<String> keptPaths = new ArrayList<>(paths);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < kept.size(); i++) {
                PlannedResource r = kept.get(i);
                if (r.parent() != null && !present.contains(r.parent())) {
                    skip("skipped " + shorten(r.type()) + " " + shorten(r.name()) + " (" + keptPaths.get(i) + "): its parent "
                            + shorten(r.parent()) + " is not in the file");
                    present.remove(r.urn());
                    kept.remove(i);
                    keptPaths.remove(i);
                    changed = true;
                    i--;
                }
            }
        }
        return kept;
    }

    /** A JSON value as plain Java values, with every secret (ciphertext or plaintext) replaced by the redacted marker. */
    public static Object plain(JsonNode node) {
        if (node.isObject()) {
            JsonNode sig = node.get(Secrets.SIG_KEY);
            if (sig != null && Secrets.SECRET_SIG.equals(sig.asText())) {
                return Secrets.REDACTED;
            }
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), plain(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(plain(n)));
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return null;
    }

    public static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    public static String shorten(String value) {
        return PlanImporter.shorten(value);
    }
}
