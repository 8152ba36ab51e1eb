package dev.pont.providers.outscale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Subregions per region, read from {@code subregions.json}: where subnets, volumes and OKS nodes go. */
@JsonIgnoreProperties({"_comment"})
record Subregions(Map<String, Region> regions) {

    record Region(List<String> subregions, boolean verified, String note) {
        Region {
            if (subregions == null || subregions.isEmpty()) {
                throw new IllegalStateException("subregions.json: a region lists no subregion");
            }
            subregions = List.copyOf(subregions);
        }
    }

    static Subregions load() {
        try (InputStream in = Subregions.class.getResourceAsStream("subregions.json")) {
            return new ObjectMapper().readValue(in, Subregions.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("subregions.json is invalid: " + e.getMessage(), e);
        }
    }

    /** The subregions of a region the catalog allows; a region missing here is a catalog bug. */
    List<String> of(String region) {
        Region r = regions.get(region);
        if (r == null) {
            throw new IllegalStateException("subregions.json has no entry for region " + region + ": add it beside catalog.json");
        }
        return r.subregions();
    }
}
