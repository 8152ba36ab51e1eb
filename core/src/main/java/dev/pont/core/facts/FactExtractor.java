package dev.pont.core.facts;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.Optional;
import java.util.Set;

/**
 * From provider resources to neutral facts, for one cloud's packages. Written from the provider's
 * semantics, independently of the adapter that produced the resources, so that conformance is a
 * real check and not the adapter grading its own homework.
 */
public interface FactExtractor {

    /** The Pulumi packages this extractor reads, e.g. {@code azure-native}. */
    Set<String> packages();

    /** The fact for a resource of one of its packages; empty if the type is not known (→ unmapped). */
    Optional<Fact> extract(PlannedResource resource);

    /**
     * The fact for a resource read with the plan around it, for the few facts a resource cannot state
     * alone (a firewall rule is deny-by-default only if its security group denies the rest; a secret
     * lives where its vault lives). Extractors that need no neighbours keep the default.
     */
    default Optional<Fact> extract(PlannedResource resource, Plan plan) {
        return extract(resource);
    }

    /** Why a type of these packages is not mapped: lock-in for a known cloud-only service, else unknown. */
    default String unmappedReason(String type) {
        return "no neutral role is known for " + type;
    }

    /**
     * Values worth trying in place of an unknown input to see which properties depend on it (see
     * {@link UnknownInputs}): the enum values and thresholds this extractor compares inputs with.
     */
    default java.util.List<Object> unknownProbes() {
        return java.util.List.of();
    }
}
