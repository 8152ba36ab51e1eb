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
import dev.pont.core.plan.Plan;
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
import java.util.List;

/**
 * Reads a {@link Plan} from a file: checks size, encoding (UTF-8, an optional byte-order mark) and
 * nesting, parses the JSON once, detects the format from the content (exactly one
 * {@link EstateImporter} must recognise it) or takes the forced one, and hands the document to that
 * importer. Core's importers read Pont's own plan JSON, {@code pulumi stack export} (deployment
 * version 3) and {@code pulumi preview --json}; {@code dev.pont.stacks.Estates.read} adds the ARM
 * template importer. Secrets become {@link Secrets#REDACTED}: no ciphertext or plaintext reaches a Plan.
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
    static final String STACK_TYPE = "pulumi:pulumi:Stack";
    static final String URN_PREFIX = "urn:pulumi:";

    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path file;
    private final String name;

    private PlanImporter(Path file) {
        this.file = file;
        this.name = file.toString();
    }

    /** The importers core holds: Pont plans and the Pulumi formats. */
    public static List<EstateImporter> builtIn() {
        return List.of(new PontPlanImporter(), new StackExportImporter(), new PreviewJsonImporter());
    }

    /** Reads a plan in one of the built-in formats, detecting it unless {@code forced} is given (null: detect). */
    public static ImportedPlan read(Path file, Format forced) {
        return read(file, forced, List.of());
    }

    /**
     * Reads a plan with the built-in importers and {@code more} (e.g. the ARM importer, which lives in
     * providers/azure; {@code dev.pont.stacks.Estates.read} passes every importer Pont has).
     */
    public static ImportedPlan read(Path file, Format forced, List<EstateImporter> more) {
        List<EstateImporter> importers = new ArrayList<>(builtIn());
        importers.addAll(more);
        return new PlanImporter(file).read(forced, importers);
    }

    private ImportedPlan read(Format forced, List<EstateImporter> importers) {
        JsonNode root = parse(load());
        if (!root.isObject()) {
            throw fail("$", "expected a JSON object, found " + ImportContext.kind(root), hintAny());
        }
        EstateImporter importer = forced != null ? forced(forced, importers) : detect(root, importers);
        ImportContext context = new ImportContext(name, fixOf(importer.format()));
        Plan plan = importer.read(root, context);
        if (context.warnings().isEmpty()) {
            return new ImportedPlan(plan, importer.format(), context.skipped());
        }
        List<String> all = new ArrayList<>(plan.warnings());
        all.addAll(context.warnings());
        Plan withWarnings = new Plan(plan.stack(), plan.target(), plan.resources(), plan.deviations(), plan.choices(), all);
        return new ImportedPlan(withWarnings, importer.format(), context.skipped());
    }

    private EstateImporter forced(Format format, List<EstateImporter> importers) {
        return importers.stream().filter(i -> i.format() == format).findFirst().orElseThrow(() -> new PontException(name
                + ": this command cannot read the " + format.wire() + " format; use `pont diff`, which reads " + Format.names()));
    }

    /** Exactly one importer must recognise the document; none or two is an error naming the formats. */
    private EstateImporter detect(JsonNode root, List<EstateImporter> importers) {
        List<EstateImporter> matches = importers.stream().filter(i -> i.recognises(root)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw fail("$", "not a format Pont reads (" + Format.names() + ")", "name the format with --from FORMAT, "
                    + "or " + hintAny());
        }
        throw fail("$", "looks like several formats (" + String.join(", ", matches.stream().map(i -> i.format().wire()).toList())
                + ")", "name the format with --from FORMAT");
    }

    static String fixOf(Format format) {
        return switch (format) {
            case PONT -> "write the plan again with `pont preview --format json`, or name the format with --from";
            case STACK_EXPORT -> "export the stack again with `pulumi stack export --file FILE`, or name the format with --from";
            case PREVIEW_JSON -> "write the preview again with `pulumi preview --json > FILE`, or name the format with --from";
            case ARM -> "export the template again (`az group export` or the portal's Export template), or name the format with --from";
        };
    }

    // ---------------------------------------------------------------- bytes and JSON

    /** The file's bytes, checked: size, UTF-8 (a byte-order mark skipped), not blank. */
    private record Content(byte[] bytes, int start) {
    }

    private Content load() {
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
        // Validated through a small window: the text itself is never built (Jackson parses the bytes).
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        CoderResult result = decoder.decode(in, out, true);
        while (result.isOverflow()) {
            out.clear();
            result = decoder.decode(in, out, true);
        }
        if (!result.isError()) {
            out.clear();
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
        if (blank(bytes, start)) {
            throw new PontException(name + ": empty file; " + hintAny());
        }
        return new Content(bytes, start);
    }

    private static boolean blank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private JsonNode parse(Content content) {
        JsonParser parser = null;
        try {
            parser = READER.createParser(content.bytes(), content.start(), content.bytes().length - content.start());
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
            if (String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw new PontException(name + ": " + at(e, parser) + ": the JSON ends early (truncated file?); "
                        + "write or export the file again");
            }
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

    // ---------------------------------------------------------------- messages

    private PontException fail(String where, String problem, String fix) {
        return new PontException(name + ": " + where + ": " + problem + "; " + fix);
    }

    static String hintAny() {
        return "give a Pont plan (`pont preview --format json`), a `pulumi stack export`, a `pulumi preview --json` or an ARM template";
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
