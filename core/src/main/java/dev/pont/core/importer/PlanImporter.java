package dev.pont.core.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pont.core.PontException;
import dev.pont.core.json.Json;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a {@link Plan} from a file: Pont's own plan JSON (what {@code pont preview --format json}
 * writes) or a {@code pulumi stack export} (deployment version 3), detected from the content or
 * forced. Secrets become {@link Secrets#REDACTED}: no ciphertext or plaintext reaches a Plan.
 *
 * <p>Limits: a file is at most {@link #MAX_BYTES} (256 MiB) and JSON nests at most
 * {@link #MAX_DEPTH} (1000) levels. Every problem is a {@link PontException} with one line naming
 * the file, the location and the fix; input values are never echoed beyond 80 characters.
 */
public final class PlanImporter {
    /** The largest file Pont reads as a plan: 256 MiB. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** The deepest JSON nesting Pont reads: 1000 levels. */
    public static final int MAX_DEPTH = 1000;
    /** The stack export deployment version Pont reads. */
    public static final int DEPLOYMENT_VERSION = 3;

    static final int ECHO_LIMIT = 80;
    private static final String STACK_TYPE = "pulumi:pulumi:Stack";
    private static final String URN_PREFIX = "urn:pulumi:";

    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path file;
    private final String name;
    private final List<String> warnings = new ArrayList<>();

    private PlanImporter(Path file) {
        this.file = file;
        this.name = file.toString();
    }

    /** Reads a plan, detecting its format unless {@code forced} is given (null: detect). */
    public static ImportedPlan read(Path file, Format forced) {
        return new PlanImporter(file).read(forced);
    }

    private ImportedPlan read(Format forced) {
        JsonNode root = parse(load());
        if (!root.isObject()) {
            throw fail("$", "expected a JSON object, found " + kind(root), hintAny());
        }
        Format format = forced != null ? forced : detect(root);
        Plan plan = format == Format.PONT ? pont(root) : stackExport(root);
        return new ImportedPlan(plan, format);
    }

    // ---------------------------------------------------------------- bytes and JSON

    private String load() {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PontException(name + ": " + size + " bytes is over the 256 MiB limit for a plan file"
                        + "; split the estate into several stacks or filter the export");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PontException(name + ": no such file; check the path");
        } catch (IOException e) {
            throw new PontException(name + ": cannot read: " + shorten(String.valueOf(e.getMessage())) + "; check the path and permissions");
        }
        if (bytes.length > MAX_BYTES) {
            throw new PontException(name + ": " + bytes.length + " bytes is over the 256 MiB limit for a plan file"
                    + "; split the estate into several stacks or filter the export");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new PontException(name + ": line " + line + ", byte " + (offset - lineStart + 1) + " (offset " + offset
                    + "): not valid UTF-8; save the file as UTF-8");
        }
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            throw new PontException(name + ": empty file; " + hintAny());
        }
        return text;
    }

    private JsonNode parse(String text) {
        JsonParser parser = null;
        try {
            parser = READER.createParser(text);
            JsonNode root = READER.readTree(parser);
            if (root == null) {
                throw new PontException(name + ": empty file; " + hintAny());
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new PontException(name + ": " + at(e, parser) + ": JSON nested deeper than the limit of " + MAX_DEPTH
                    + " levels; a plan is never that deep, check how the file was produced");
        } catch (JsonEOFException e) {
            throw new PontException(name + ": " + at(e, parser) + ": the JSON ends early (truncated file?); "
                    + "write or export the file again");
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String problem = String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
                    ? "more content after the JSON value (two documents in one file?)" : "not JSON (" + shorten(e.getOriginalMessage()) + ")";
            throw new PontException(name + ": " + at(e, parser) + ": " + problem + "; " + hintAny());
        } catch (JsonProcessingException e) {
            throw new PontException(name + ": " + at(e, parser) + ": not JSON (" + shorten(e.getOriginalMessage()) + "); "
                    + hintAny());
        } catch (IOException e) {
            throw new PontException(name + ": cannot read: " + shorten(String.valueOf(e.getMessage())) + "; check the file");
        }
    }

    private static String at(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        return at(location);
    }

    private static String at(JsonLocation location) {
        return location == null ? "somewhere" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private Format detect(JsonNode root) {
        if (root.has("deployment") || (root.has("version") && root.has("checkpoint"))) {
            return Format.STACK_EXPORT;
        }
        if (root.has("resources") && root.has("stack")) {
            return Format.PONT;
        }
        throw fail("$", "neither a Pont plan (no \"stack\" and \"resources\") nor a stack export (no \"deployment\")",
                hintAny() + ", or name the format with --from pont|stack-export");
    }

    // ---------------------------------------------------------------- Pont plan JSON

    private Plan pont(JsonNode root) {
        String stack = text(root, "stack", "$", true);
        String target = text(root, "target", "$", true);
        JsonNode resources = array(root, "resources", "$", true);
        List<PlannedResource> out = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            String path = "$.resources[" + i + "]";
            paths.add(path);
            JsonNode r = resources.get(i);
            if (!r.isObject()) {
                throw fail(path, "expected an object, found " + kind(r), hintPont());
            }
            String urn = text(r, "urn", path, true);
            String type = text(r, "type", path, true);
            String resourceName = text(r, "name", path, false);
            out.add(new PlannedResource(urn, type, resourceName == null ? nameOf(urn, path + ".urn") : resourceName,
                    text(r, "parent", path, false), bool(r, "custom", path), text(r, "id", path, false),
                    inputs(r, path), text(r, "provider", path, false), strings(r, "dependencies", path)));
        }
        checkGraph(out, paths, new java.util.HashSet<>(out.stream().map(PlannedResource::urn).toList()));
        List<Deviation> deviations = list(root, "deviations", Deviation.class, "a list of deviations");
        List<CatalogChoice> choices = list(root, "choices", CatalogChoice.class, "a list of catalog choices");
        List<String> planWarnings = new ArrayList<>(strings(root, "warnings", "$"));
        return new Plan(stack, target, out, deviations, choices, planWarnings);
    }

    private <T> List<T> list(JsonNode root, String field, Class<T> type, String what) {
        JsonNode node = array(root, field, "$", false);
        if (node == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            try {
                out.add(Json.mapper().treeToValue(node.get(i), type));
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                throw fail("$." + field + "[" + i + "]", "not an entry of " + what, hintPont());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- pulumi stack export

    private Plan stackExport(JsonNode root) {
        JsonNode version = root.get("version");
        if (version == null || version.isNull()) {
            throw fail("$.version", "no deployment version", "export the stack with `pulumi stack export --file FILE`");
        }
        if (!version.isIntegralNumber()) {
            throw fail("$.version", "expected a number, found " + kind(version), "export the stack with `pulumi stack export --file FILE`");
        }
        if (version.asLong() != DEPLOYMENT_VERSION) {
            throw fail("$.version", "deployment version " + shorten(version.asText()) + " is not supported (Pont reads version "
                    + DEPLOYMENT_VERSION + ")", "export the stack again with Pulumi 3 (`pulumi stack export --file FILE`)");
        }
        JsonNode deployment = root.get("deployment");
        if (deployment == null || !deployment.isObject()) {
            throw fail("$.deployment", deployment == null ? "no deployment" : "expected an object, found " + kind(deployment),
                    "export the stack with `pulumi stack export --file FILE`");
        }
        JsonNode resources = array(deployment, "resources", "$.deployment", false);
        JsonNode pending = array(deployment, "pending_operations", "$.deployment", false);
        if (pending != null && !pending.isEmpty()) {
            warnings.add(pending.size() + " pending operation(s) in the export (an interrupted update): the state may not"
                    + " match the cloud; run `pulumi refresh` and export again");
        }
        List<PlannedResource> out = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Map<String, String> allUrns = new HashMap<>();
        String stackUrn = null;
        if (resources != null) {
            for (int i = 0; i < resources.size(); i++) {
                String path = "$.deployment.resources[" + i + "]";
                JsonNode r = resources.get(i);
                if (!r.isObject()) {
                    throw fail(path, "expected an object, found " + kind(r), hintExport());
                }
                String urn = text(r, "urn", path, true);
                String type = text(r, "type", path, true);
                String resourceName = nameOf(urn, path + ".urn");
                allUrns.putIfAbsent(urn, path);
                boolean custom = bool(r, "custom", path);
                if (bool(r, "delete", path)) {
                    warnings.add("skipped " + shorten(type) + " " + shorten(resourceName) + ": marked for deletion (delete: true) by an interrupted replacement");
                    continue;
                }
                String id = text(r, "id", path, false);
                PlannedResource planned = new PlannedResource(urn, type, resourceName, text(r, "parent", path, false), custom,
                        id == null || id.isEmpty() ? null : id, inputs(r, path), text(r, "provider", path, false),
                        strings(r, "dependencies", path));
                if (STACK_TYPE.equals(type) && stackUrn == null) {
                    stackUrn = urn;
                }
                out.add(planned);
                paths.add(path);
            }
        }
        checkGraph(out, paths, allUrns.keySet());
        String rootUrn = stackUrn != null ? stackUrn : out.isEmpty() ? null : out.get(0).urn();
        if (rootUrn == null) {
            throw fail("$.deployment.resources", "no resources, so no stack", "export a stack that has been deployed (`pulumi up` first)");
        }
        if (stackUrn == null) {
            warnings.add("no " + STACK_TYPE + " resource: stack and target read from the first URN");
        }
        String[] parts = rootUrn.split("::", 4);
        String pulumiStack = parts[0].substring(URN_PREFIX.length());
        String project = parts[1];
        String pontStack = pontStackTag(out);
        return new Plan(pontStack != null ? pontStack : project, pulumiStack, out, List.of(), List.of(), warnings);
    }

    /** The {@code pont-stack} tag or label of an estate Pont deployed, when all resources agree on one. */
    private static String pontStackTag(List<PlannedResource> resources) {
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

    // ---------------------------------------------------------------- shared checks

    /** URNs are unique among kept resources and every parent is in the file; {@code paths} locate each resource in the file. */
    private void checkGraph(List<PlannedResource> resources, List<String> paths, java.util.Set<String> known) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < resources.size(); i++) {
            Integer first = seen.putIfAbsent(resources.get(i).urn(), i);
            if (first != null) {
                throw fail(paths.get(i) + ".urn", "duplicate URN " + shorten(resources.get(i).urn()) + " (first at "
                        + paths.get(first) + ")", "each resource appears once; write or export the file again");
            }
        }
        for (int i = 0; i < resources.size(); i++) {
            String parent = resources.get(i).parent();
            if (parent != null && !known.contains(parent)) {
                throw fail(paths.get(i) + ".parent", "parent " + shorten(parent) + " is not in the file",
                        "export the whole stack, not a part of it");
            }
        }
    }

    private String nameOf(String urn, String path) {
        String[] parts = urn.split("::", 4);
        if (!urn.startsWith(URN_PREFIX) || parts.length < 4 || parts[3].isEmpty()) {
            throw fail(path, "not a Pulumi URN (" + shorten(urn) + ")", "URNs look like urn:pulumi:<stack>::<project>::<type>::<name>");
        }
        return parts[3];
    }

    private String text(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(path + "." + field, "missing", hintFor(path));
            }
            return null;
        }
        if (!node.isTextual()) {
            throw fail(path + "." + field, "expected a string, found " + kind(node), hintFor(path));
        }
        return node.textValue();
    }

    private boolean bool(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw fail(path + "." + field, "expected true or false, found " + kind(node), hintFor(path));
        }
        return node.booleanValue();
    }

    private JsonNode array(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(path + "." + field, "missing", hintFor(path));
            }
            return null;
        }
        if (!node.isArray()) {
            throw fail(path + "." + field, "expected an array, found " + kind(node), hintFor(path));
        }
        return node;
    }

    private List<String> strings(JsonNode parent, String field, String path) {
        JsonNode node = array(parent, field, path, false);
        if (node == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw fail(path + "." + field + "[" + i + "]", "expected a string, found " + kind(node.get(i)), hintFor(path));
            }
            out.add(node.get(i).textValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> inputs(JsonNode resource, String path) {
        JsonNode node = resource.get("inputs");
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw fail(path + ".inputs", "expected an object, found " + kind(node), hintFor(path));
        }
        Object value = plain(node);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Secrets.REDACTED;
    }

    /** A JSON value as plain Java values, with every secret (ciphertext or plaintext) replaced by the redacted marker. */
    static Object plain(JsonNode node) {
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

    // ---------------------------------------------------------------- messages

    private PontException fail(String where, String problem, String fix) {
        return new PontException(name + ": " + where + ": " + problem + "; " + fix);
    }

    private static String hintFor(String path) {
        return path.startsWith("$.deployment") ? hintExport() : hintPont();
    }

    private static String hintAny() {
        return "give a plan written by `pont preview --format json` or a `pulumi stack export`";
    }

    private static String hintPont() {
        return "write the plan again with `pont preview --format json`, or name the format with --from";
    }

    private static String hintExport() {
        return "export the stack again with `pulumi stack export --file FILE`, or name the format with --from";
    }

    static String kind(JsonNode node) {
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

    /** An input value for a message: one line, at most 80 characters. */
    public static String shorten(String value) {
        if (value == null) {
            return "null";
        }
        String line = value.replaceAll("[\\r\\n\\t]+", " ");
        return line.length() <= ECHO_LIMIT ? line : line.substring(0, ECHO_LIMIT - 3) + "...";
    }
}
