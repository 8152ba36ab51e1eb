package dev.pont.core.spec;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a stack lands: the jurisdiction its data must stay in, an optional region per target
 * (otherwise the target's default region in that jurisdiction) and whether stateful services
 * should survive the loss of one zone.
 */
public record Placement(Jurisdiction jurisdiction, Map<String, String> regions, boolean zoneRedundant) {

    public Placement {
        Checks.notNull("placement jurisdiction", jurisdiction);
        regions = regions == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(regions));
    }

    public static Placement in(Jurisdiction jurisdiction) {
        return new Placement(jurisdiction, Map.of(), false);
    }

    public Placement withZoneRedundancy() {
        return new Placement(jurisdiction, regions, true);
    }

    /** Pins the region used on one target, e.g. {@code region("outscale", "cloudgouv-eu-west-1")}. */
    public Placement region(String target, String region) {
        Map<String, String> copy = new TreeMap<>(regions);
        copy.put(target, region);
        return new Placement(jurisdiction, copy, zoneRedundant);
    }

    public java.util.Optional<String> regionFor(String target) {
        return java.util.Optional.ofNullable(regions.get(target));
    }
}
