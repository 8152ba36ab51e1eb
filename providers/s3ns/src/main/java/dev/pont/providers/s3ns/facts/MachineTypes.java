package dev.pont.providers.s3ns.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vCPU and memory of Compute Engine machine types ({@code machine-types.json}): predefined
 * {@code <family>-<vCPU>} types of the families listed, the listed shared-core types, and custom types
 * ({@code custom-<vCPU>-<MiB>}, {@code <series>-custom-<vCPU>-<MiB>}, optionally {@code -ext}). Any other
 * type is unknown: no size is stated rather than a guessed one.
 */
final class MachineTypes {
    record Size(int vcpu, double memoryGiB) {
    }

    private static final Pattern PREDEFINED = Pattern.compile("^([a-z0-9]+-[a-z]+)-(\\d+)$");
    private static final Pattern CUSTOM = Pattern.compile("^(?:[a-z0-9]+-)?custom-(\\d+)-(\\d+)(?:-ext)?$");
    private static final Map<String, Double> FAMILIES = new HashMap<>();
    private static final Map<String, Size> FIXED = new HashMap<>();

    static {
        try (InputStream in = MachineTypes.class.getResourceAsStream("machine-types.json")) {
            JsonNode root = Json.mapper().readTree(in);
            for (Iterator<Map.Entry<String, JsonNode>> it = root.required("families").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                FAMILIES.put(e.getKey(), e.getValue().asDouble());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.required("fixed").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                FIXED.put(e.getKey(), new Size(e.getValue().required("vcpu").asInt(), e.getValue().required("memoryGiB").asDouble()));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("machine-types.json is missing or invalid", e);
        }
    }

    private MachineTypes() {}

    /** The size of a machine type, written bare ({@code n2-standard-2}) or as a path ({@code zones/z/machineTypes/n2-standard-2}). */
    static Optional<Size> of(String machineType) {
        if (machineType == null) {
            return Optional.empty();
        }
        String type = Gcp.last(machineType);
        if (FIXED.containsKey(type)) {
            return Optional.of(FIXED.get(type));
        }
        Matcher custom = CUSTOM.matcher(type);
        if (custom.matches()) {
            return Optional.of(new Size(Integer.parseInt(custom.group(1)), Integer.parseInt(custom.group(2)) / 1024.0));
        }
        Matcher m = PREDEFINED.matcher(type);
        if (m.matches() && FAMILIES.containsKey(m.group(1))) {
            int vcpu = Integer.parseInt(m.group(2));
            return Optional.of(new Size(vcpu, vcpu * FAMILIES.get(m.group(1))));
        }
        return Optional.empty();
    }
}
