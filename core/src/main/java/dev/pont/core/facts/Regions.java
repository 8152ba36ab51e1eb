package dev.pont.core.facts;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which country each cloud region is in, as data ({@code regions.json}), so facts and policies can
 * tell whether a resource's location satisfies a jurisdiction. Independent of the adapters' catalogs.
 */
public final class Regions {
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    private static final Map<String, String> COUNTRY = load();

    private Regions() {}

    private static Map<String, String> load() {
        try (InputStream in = Regions.class.getResourceAsStream("regions.json")) {
            Map<String, String> map = new java.util.HashMap<>(Json.mapper().readValue(in, new TypeReference<Map<String, String>>() {}));
            map.remove("_comment");
            return Map.copyOf(map);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("regions.json is missing or invalid", e);
        }
    }

    /** The ISO country code of a region, case-insensitive, if known. */
    public static Optional<String> country(String region) {
        return region == null ? Optional.empty() : Optional.ofNullable(COUNTRY.get(region.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether a region is inside a jurisdiction ({@code FR} or {@code EU}); unknown regions are not. */
    public static boolean within(String region, String jurisdiction) {
        return country(region).map(c -> jurisdiction.equals("EU") ? EU.contains(c) : c.equals(jurisdiction)).orElse(false);
    }
}
