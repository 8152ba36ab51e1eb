package dev.pont.providers.azure.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vCPU and memory of an Azure size name ({@code Standard_D4ds_v5}, {@code Standard_E8-4ds_v5},
 * {@code Standard_B2ms}), read with Microsoft's naming convention and the per-series ratios of
 * {@code machine-sizes.json}. A size the data does not cover gives nothing rather than a guess.
 */
final class MachineSizes {
    /** What a size offers: active vCPUs and memory in GiB. */
    record Size(int vcpu, double memoryGiB) {
    }

    private record Series(double gibPerVcpu, Double lowMemoryGibPerVcpu, int maxVcpu) {
    }

    private static final Pattern NAME = Pattern.compile(
            "^(?:Standard|Basic)_(?<family>[A-Z]+)(?<vcpu>\\d+)(?:-(?<active>\\d+))?(?<features>[a-z]*)_(?<version>v\\d+)$");
    private static final MachineSizes DATA = load();

    private final Map<String, Series> series;
    private final Map<String, Size> exact; // by lower-case name: Azure compares size names case-insensitively
    private final String features;

    private MachineSizes(Map<String, Series> series, Map<String, Size> exact, String features) {
        this.series = series;
        this.exact = exact;
        this.features = features;
    }

    static Optional<Size> of(String sizeName) {
        return sizeName == null ? Optional.empty() : DATA.lookup(sizeName.trim());
    }

    private Optional<Size> lookup(String name) {
        Size listed = exact.get(name.toLowerCase(Locale.ROOT));
        if (listed != null) {
            return Optional.of(listed);
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Series s = series.get(m.group("family") + "_" + m.group("version"));
        String feats = m.group("features");
        if (s == null || !feats.chars().allMatch(c -> features.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        int vcpu = Integer.parseInt(m.group("vcpu"));
        boolean lowMemory = feats.indexOf('l') >= 0;
        if (vcpu > s.maxVcpu() || (lowMemory && s.lowMemoryGibPerVcpu() == null)) {
            return Optional.empty();
        }
        double memory = vcpu * (lowMemory ? s.lowMemoryGibPerVcpu() : s.gibPerVcpu());
        int active = m.group("active") == null ? vcpu : Integer.parseInt(m.group("active"));
        return Optional.of(new Size(active, memory));
    }

    private static MachineSizes load() {
        try (InputStream in = MachineSizes.class.getResourceAsStream("machine-sizes.json")) {
            JsonNode root = Json.mapper().readTree(in);
            Map<String, Series> series = new HashMap<>();
            for (JsonNode s : root.required("series")) {
                JsonNode low = s.get("lowMemoryGiBPerVcpu");
                series.put(s.required("family").asText() + "_" + s.required("version").asText(), new Series(
                        s.required("gibPerVcpu").asDouble(), low == null ? null : low.asDouble(), s.required("maxVcpu").asInt()));
            }
            Map<String, Size> exact = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.required("exact").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                exact.put(e.getKey().toLowerCase(Locale.ROOT), new Size(e.getValue().required("vcpu").asInt(), e.getValue().required("memoryGiB").asDouble()));
            }
            return new MachineSizes(Map.copyOf(series), Map.copyOf(exact), root.required("features").asText());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("machine-sizes.json is missing or invalid", e);
        }
    }
}
