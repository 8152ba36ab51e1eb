package dev.pont.providers.ovhcloud.facts;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Sizes of OVHcloud flavours ({@code flavors.json}), read once and checked on load. OVHcloud
 * flavour names state the memory but not the vCPU count, so sizes come from this data; a flavour
 * it does not list states no size.
 */
final class Flavors {
    /** One flavour: its size and where the size comes from. */
    record Flavor(int vcpu, int memoryGiB, String source, boolean verified) {
    }

    private record File(Map<String, String> sources, Map<String, Flavor> flavors) {
    }

    private static final Map<String, Flavor> FLAVORS = load();

    private Flavors() {}

    static Optional<Flavor> of(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(FLAVORS.get(name));
    }

    static Map<String, Flavor> all() {
        return FLAVORS;
    }

    private static Map<String, Flavor> load() {
        try (InputStream in = Flavors.class.getResourceAsStream("flavors.json")) {
            if (in == null) {
                throw new IllegalStateException("flavors.json not found next to " + Flavors.class.getName());
            }
            File file = Json.mapper().readerFor(new TypeReference<File>() {})
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
            file.flavors().forEach((name, f) -> {
                if (f.vcpu() < 1 || f.memoryGiB() < 1 || !file.sources().containsKey(f.source())) {
                    throw new IllegalStateException("flavors.json: " + name + " needs a positive size and a listed source, was " + f);
                }
            });
            return Map.copyOf(file.flavors());
        } catch (IOException e) {
            throw new IllegalStateException("flavors.json is invalid: " + e.getMessage(), e);
        }
    }
}
