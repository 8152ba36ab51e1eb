package dev.pont.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Unknowns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unknown inputs give unknown facts, never the value an absent input would give; known inputs stay known. */
class UnknownInputsTest {
    /** A toy extractor in the style of the provider ones: absent TLS reads 1.0, public unless "Disabled". */
    static final Rules RULES = new Rules("toy").onInPlan("toy:store:Bucket", "object-store", (r, plan) -> Rules.props()
            .put(Property.TLS_MINIMUM, Inputs.str(r, "tls") == null ? (Double) 1.0 : "TLS1_2".equals(Inputs.str(r, "tls")) ? (Double) 1.2 : null)
            .put(Property.PUBLIC_ENDPOINT, !"Disabled".equalsIgnoreCase(Inputs.str(r, "access")))
            .put(Property.VERSIONED, Boolean.TRUE.equals(Inputs.bool(r, "versioning")))
            .put(Property.LOCATION, plan.resources().stream().filter(o -> o.type().equals("toy:store:Region"))
                    .map(o -> Inputs.str(o, "name")).filter(java.util.Objects::nonNull).findFirst().orElse(null)));

    static PlannedResource bucket(Map<String, Object> inputs, List<String> dependencies) {
        return new PlannedResource("urn:pulumi:s::p::toy:store:Bucket::b", "toy:store:Bucket", "b", null, true, null, inputs, null, dependencies);
    }

    static PlannedResource region(Object name) {
        return new PlannedResource("urn:pulumi:s::p::toy:store:Region::r", "toy:store:Region", "r", null, true, null, Map.of("name", name), null,
                List.of());
    }

    static Fact extract(PlannedResource r, PlannedResource... others) {
        List<PlannedResource> all = new java.util.ArrayList<>(List.of(others));
        all.add(r);
        return Facts.extract(r, new Plan("s", "t", all, List.of(), List.of(), List.of()), List.of(RULES));
    }

    @Test
    void onlyThePropertiesThatDependOnAnUnknownAreUnknown() {
        Fact fact = extract(bucket(Map.of("tls", Unknowns.UNKNOWN, "access", "Disabled", "versioning", true), List.of()), region("fr"));
        assertThat(fact.properties()).isEqualTo(Map.of("tlsMinimum", Unknowns.UNKNOWN, "publicEndpoint", false, "versioned", true,
                "location", "fr"));
    }

    @Test
    void anUnknownIsNeitherAbsentNorFalse() {
        Fact fact = extract(bucket(Map.of("access", Unknowns.UNKNOWN, "versioning", Unknowns.UNKNOWN), List.of()));
        assertThat(fact.properties()).containsEntry("publicEndpoint", Unknowns.UNKNOWN).containsEntry("versioned", Unknowns.UNKNOWN)
                .containsEntry("tlsMinimum", 1.0);
        Fact known = extract(bucket(Map.of(), List.of()));
        assertThat(known.properties()).containsEntry("publicEndpoint", true).containsEntry("versioned", false);
    }

    @Test
    void anUnknownInAResourceItDependsOnIsUnknownToo() {
        PlannedResource region = region(Unknowns.UNKNOWN);
        assertThat(extract(bucket(Map.of(), List.of(region.urn())), region).properties()).containsEntry("location", Unknowns.UNKNOWN);
    }

    @Test
    void anExtractorThatFailsOnSomeValuesStatesNothingAsKnown() {
        Rules fragile = new Rules("toy").on("toy:store:Bucket", "object-store", r -> Rules.props()
                .put(Property.SIZE_GIB, Integer.parseInt(String.valueOf(Inputs.at(r, "size"))))
                .put(Property.VERSIONED, true));
        PlannedResource b = bucket(Map.of("size", Unknowns.UNKNOWN), List.of());
        Fact fact = Facts.extract(b, new Plan("s", "t", List.of(b), List.of(), List.of(), List.of()), List.of(fragile));
        assertThat(fact.properties()).isEqualTo(Map.of("sizeGiB", Unknowns.UNKNOWN, "versioned", Unknowns.UNKNOWN));
    }

    @Test
    void unknownsCombineAsUnknownUnlessTheOtherValueDecides() {
        assertThat(Property.PUBLIC_ENDPOINT.combine(Unknowns.UNKNOWN, true)).isEqualTo(true);
        assertThat(Property.PUBLIC_ENDPOINT.combine(false, Unknowns.UNKNOWN)).isEqualTo(Unknowns.UNKNOWN);
        assertThat(Property.ENCRYPTED_AT_REST.combine(Unknowns.UNKNOWN, false)).isEqualTo(false);
        assertThat(Property.ENCRYPTED_AT_REST.combine(true, Unknowns.UNKNOWN)).isEqualTo(Unknowns.UNKNOWN);
        assertThat(Property.TLS_MINIMUM.combine(1.2, Unknowns.UNKNOWN)).isEqualTo(Unknowns.UNKNOWN);
        assertThat(Property.LOCATION.combine(List.of("fr"), Unknowns.UNKNOWN)).isEqualTo(Unknowns.UNKNOWN);
    }
}
