package dev.pont.providers.outscale.facts;

import static dev.pont.core.facts.Rules.integer;
import static dev.pont.core.facts.Rules.list;
import static dev.pont.core.facts.Rules.props;
import static dev.pont.core.facts.Rules.str;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.PlannedResource;
import java.util.List;
import java.util.Objects;

/**
 * Facts of the {@code kubernetes} package where it manages cloud infrastructure: OKS node pools, a
 * custom resource ({@code oks.dev/v1beta2} {@code NodePool}) applied inside the cluster, after
 * Outscale's Node Pool Manifest Reference. Other Kubernetes objects are workloads, not cloud
 * resources Pont maps.
 */
public final class KubernetesFacts extends Rules {

    public KubernetesFacts() {
        super("kubernetes");
        labelsAt("metadata.labels");
        on("kubernetes:oks.dev/v1beta2:NodePool", "node-pool", KubernetesFacts::nodePool);
    }

    /**
     * The manifest documents a fixed {@code desiredNodes} count, so a pool of n nodes reads
     * {@code name:n-n}; its {@code zones} are Subregions of the cluster's Region.
     */
    private static Props nodePool(PlannedResource r) {
        String name = str(r, "metadata.name");
        Integer nodes = integer(r, "spec.desiredNodes");
        List<String> regions = list(r, "spec.zones").stream().filter(Objects::nonNull).map(String::valueOf)
                .map(OutscaleNames::region).distinct().sorted().toList();
        return props()
                .put(Property.NODE_POOLS, name == null || nodes == null ? null : List.of(name + ":" + nodes + "-" + nodes))
                .put(Property.LOCATION, regions.isEmpty() ? null : regions);
    }

    @Override
    public String unmappedReason(String type) {
        return type.startsWith("kubernetes:oks.dev/")
                ? "an OKS custom resource other than the documented oks.dev/v1beta2 NodePool: " + type
                : "a Kubernetes object inside a cluster (" + type + "): workloads and their configuration are not cloud resources";
    }
}
