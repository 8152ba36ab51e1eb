package dev.pont.core.policy;

import dev.pont.core.facts.Property;
import java.util.List;
import java.util.Set;

/** The example rule of docs/policy.md (copied there verbatim between the tag lines; PolicyDocsTest checks it). */
final class VersionedStoresExample {
    private VersionedStoresExample() {}

    // tag::example[]
    static final Rule.Info VERSIONED = new Rule.Info("object-store-versioned", "Object stores keep versions", Severity.WARNING,
            "CFG-BACKUP", "A versioned store survives an overwrite or a deletion by mistake or by ransomware.",
            "Declare the store with ObjectStoreSpec.privateStore() (versioned) or .versioned(true).", "https://cyber.gouv.fr/");

    static final Rule OBJECT_STORES_VERSIONED = Rule.of(VERSIONED, context -> context.subjects(Set.of("object-store")).stream()
            .filter(store -> !store.isTrue(Property.VERSIONED))
            .map(store -> context.finding(VERSIONED, store.resource(), Property.VERSIONED, "object store keeps no versions"))
            .toList());
    // end::example[]

    static List<Rule> rules() {
        return List.of(OBJECT_STORES_VERSIONED);
    }
}
