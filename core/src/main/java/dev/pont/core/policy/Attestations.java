package dev.pont.core.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each provider is qualified or certified for, per region and service, with source and date:
 * data ({@code attestations.json}), never code. An {@code unconfirmed} statement stays unconfirmed:
 * rules turn it into a warning, never a pass.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Attestations(String snapshot, Map<String, Provider> providers) {

    public enum Status {
        QUALIFIED, CERTIFIED, NOT_QUALIFIED, UNCONFIRMED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Status of(String text) {
            for (Status s : values()) {
                if (s.wire().equals(text)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown attestation status " + text);
        }

        public boolean confirmed() {
            return this == QUALIFIED || this == CERTIFIED;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provider(String name, String jurisdiction, String jurisdictionNote, List<String> allowedRegions,
                           List<Attestation> attestations) {
        /** Whether a region matches one of the allowed region patterns ({@code *} is a wildcard). */
        public boolean allows(String region) {
            return allowedRegions.stream().anyMatch(p -> Globs.matches(p, region.toLowerCase(Locale.ROOT)));
        }
    }

    /** One statement: a qualification for a region and a service (type-token prefixes), with its source and date. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attestation(String qualification, String region, String service, List<String> types, Status status,
                              String source, String date) {
        boolean covers(String region) {
            return this.region.equals("*") || Globs.matches(this.region, region.toLowerCase(Locale.ROOT));
        }

        boolean coversType(String type) {
            return types.stream().anyMatch(t -> t.equals("*") || type.startsWith(t));
        }
    }

    private static final Attestations BUILT_IN = load();

    public static Attestations builtIn() {
        return BUILT_IN;
    }

    public Optional<Provider> provider(String target) {
        return Optional.ofNullable(providers.get(target));
    }

    /** The statements about a provider's qualification in a region, most specific region first. */
    public List<Attestation> inRegion(String target, String qualification, String region) {
        return provider(target).map(p -> p.attestations().stream()
                .filter(a -> a.qualification().equals(qualification) && a.covers(region))
                .sorted(java.util.Comparator.comparing((Attestation a) -> a.region().equals("*")))
                .toList()).orElse(List.of());
    }

    /** The statement that covers a type in a region: the first region-specific one that names it, if any. */
    public Optional<Attestation> forType(String target, String qualification, String region, String type) {
        return inRegion(target, qualification, region).stream().filter(a -> a.coversType(type)).findFirst();
    }

    private static Attestations load() {
        try (InputStream in = Attestations.class.getResourceAsStream("attestations.json")) {
            Attestations a = Json.mapper().readValue(in, Attestations.class);
            a.providers().forEach((id, p) -> p.attestations().forEach(x -> {
                if (x.source() == null || x.source().isBlank() || x.date() == null || x.date().isBlank() || x.status() == null) {
                    throw new IllegalStateException("attestation of " + id + " for " + x.service() + " lacks a status, source or date");
                }
            }));
            return a;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("attestations.json is missing or invalid: " + e.getMessage(), e);
        }
    }
}
