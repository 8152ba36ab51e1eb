package dev.pont.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pont.core.PontException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * An accepted finding: a rule id and a resource name ({@code *} and {@code ?} are wildcards in both),
 * a mandatory reason and an expiry date. Read from {@code pont-waivers.yaml}:
 *
 * <pre>
 * waivers:
 *   - rule: customer-managed-keys
 *     resource: datasets
 *     reason: OOS has no KMS; SSE under provider key accepted by the DPO until OpenBao is in place
 *     expires: 2027-06-30
 * </pre>
 */
public record Waiver(String rule, String resource, String reason, LocalDate expires, String origin) {
    private static final Set<String> FIELDS = Set.of("rule", "resource", "reason", "expires");

    public boolean matches(Finding f) {
        return Globs.matches(rule, f.rule()) && Globs.matches(resource, f.resource());
    }

    public boolean expiredOn(LocalDate today) {
        return expires.isBefore(today);
    }

    /** The waivers of a file; a malformed file or entry is a one-line error naming the entry and the fix (exit 2). */
    public static List<Waiver> load(Path file) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new PontException(PontException.USAGE, file + ": not readable YAML (" + firstLine(e.getMessage())
                    + "): fix the syntax; see docs/policy.md#waivers");
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return List.of();
        }
        JsonNode list = root.get("waivers");
        if (!root.isObject() || list == null || !list.isArray()) {
            throw new PontException(PontException.USAGE, file + ": expected a top-level 'waivers:' list: see docs/policy.md#waivers");
        }
        List<Waiver> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode w = list.get(i);
            String where = file + ": waivers[" + i + "]";
            if (!w.isObject()) {
                throw new PontException(PontException.USAGE, where + " is not a mapping: give rule, resource, reason and expires");
            }
            for (Iterator<String> names = w.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    throw new PontException(PontException.USAGE, where + " has an unknown field '" + name + "': use rule, resource, reason and expires");
                }
            }
            String rule = text(w, "rule", where, "the id of the rule, e.g. customer-managed-keys");
            String resource = text(w, "resource", where, "a resource name, or a glob such as 'datasets*'");
            String reason = text(w, "reason", where, "why the finding is accepted and by whom");
            String expires = text(w, "expires", where, "an expiry date, YYYY-MM-DD");
            LocalDate date;
            try {
                date = LocalDate.parse(expires);
            } catch (DateTimeParseException e) {
                throw new PontException(PontException.USAGE, where + ": expires '" + expires + "' is not a date: use YYYY-MM-DD");
            }
            out.add(new Waiver(rule, resource, reason, date, where));
        }
        return out;
    }

    private static String text(JsonNode w, String field, String where, String fix) {
        JsonNode v = w.get(field);
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw new PontException(PontException.USAGE, where + " has no " + field + ": add '" + field + ":' with " + fix);
        }
        return v.asText().trim();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
