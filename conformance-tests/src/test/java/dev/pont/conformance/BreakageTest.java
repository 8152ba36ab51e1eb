package dev.pont.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.conformance.Difference;
import dev.pont.core.conformance.Equivalence;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.stacks.Extractors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Proof that conformance can fail: realisations broken on purpose, the way a careless change to an
 * adapter or a hand edit of an estate would break them, each caught as an undeclared difference
 * naming the resource, property, intent and fact.
 */
class BreakageTest extends ConformanceSuite {

    @Override
    protected String target() {
        return "azure";
    }

    @Test
    void theUnbrokenPlansConform() {
        assertThat(undeclared(plan(Workloads.HEALTH_DATA))).isEmpty();
        assertThat(undeclared(plan(Workloads.STARTER))).isEmpty();
    }

    @Test
    void encryptionTurnedOffIsCaught() {
        Plan broken = breakResource(plan(Workloads.HEALTH_DATA), "admin-bastion-vm", inputs -> {
            child(child(child(inputs, "storageProfile"), "osDisk"), "diffDiskSettings").put("option", "Local");
            child(inputs, "securityProfile").put("encryptionAtHost", false);
        });
        assertThat(undeclared(broken)).containsExactly("admin-bastion encryptedAtRest: intent true, fact false");
    }

    @Test
    void aPublicEndpointIsCaught() {
        Plan broken = breakResource(plan(Workloads.STARTER), "files-account", inputs -> inputs.put("publicNetworkAccess", "Enabled"));
        assertThat(undeclared(broken)).contains("files publicEndpoint: intent false, fact true");
        Plan vault = breakResource(plan(Workloads.HEALTH_DATA), "platform-keys-vault",
                inputs -> child(inputs, "properties").put("publicNetworkAccess", "Enabled"));
        assertThat(undeclared(vault)).contains("platform-keys publicEndpoint: intent false, fact true");
    }

    @Test
    void aSmallerSizeIsCaught() {
        Plan broken = breakResource(plan(Workloads.HEALTH_DATA), "admin-bastion-vm",
                inputs -> child(inputs, "hardwareProfile").put("vmSize", "Standard_B1s"));
        assertThat(undeclared(broken)).containsExactlyInAnyOrder(
                "admin-bastion vcpu: intent >= 2, fact 1", "admin-bastion memoryGiB: intent >= 8, fact 1");
    }

    @Test
    void aMissingDenyAllRuleIsCaught() {
        Plan plan = plan(Workloads.HEALTH_DATA);
        List<PlannedResource> kept = plan.resources().stream().filter(r -> !r.name().endsWith("-deny-all-inbound")).toList();
        Plan broken = new Plan(plan.stack(), plan.target(), kept, plan.deviations(), plan.choices(), plan.warnings());
        assertThat(undeclared(broken)).anyMatch(line -> line.startsWith("core-firewall denyByDefault: intent true"));
    }

    /** Undeclared differences, one line each: {@code <resource> <property>: intent <i>, fact <f>}. */
    static List<String> undeclared(Plan plan) {
        List<String> lines = new ArrayList<>();
        for (Assessment a : Equivalence.assess(plan, Extractors.all())) {
            for (Difference d : a.undeclared()) {
                lines.add(a.name() + " " + d.property() + ": intent " + d.intent() + ", fact " + d.fact());
            }
        }
        return lines;
    }

    /** The plan with one cloud resource's inputs changed (a deep copy; the original is untouched). */
    @SuppressWarnings("unchecked")
    static Plan breakResource(Plan plan, String name, Consumer<Map<String, Object>> change) {
        List<PlannedResource> resources = new ArrayList<>();
        boolean found = false;
        for (PlannedResource r : plan.resources()) {
            if (r.custom() && r.name().equals(name)) {
                Map<String, Object> inputs = Json.mapper().convertValue(r.inputs(), LinkedHashMap.class);
                change.accept(inputs);
                r = new PlannedResource(r.urn(), r.type(), r.name(), r.parent(), r.custom(), r.id(), inputs, r.provider(), r.dependencies());
                found = true;
            }
            resources.add(r);
        }
        assertThat(found).as("resource %s in the plan", name).isTrue();
        return new Plan(plan.stack(), plan.target(), resources, plan.deviations(), plan.choices(), plan.warnings());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> child(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

}
