package dev.pont.providers.azure.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.List;
import java.util.Map;

/**
 * AKS clusters and their node pools as the Kubernetes cluster. Only the cluster states the
 * Kubernetes version: a node pool's {@code orchestratorVersion} may lag behind the control plane.
 */
final class KubernetesFacts {
    static final String CLUSTER = "azure-native:containerservice:ManagedCluster";
    private static final String ROLE = ResourceKind.KUBERNETES_CLUSTER.role();

    private KubernetesFacts() {}

    static void register(Rules rules) {
        rules.on(CLUSTER, ROLE, KubernetesFacts::cluster)
                .onInPlan("azure-native:containerservice:AgentPool", ROLE, KubernetesFacts::agentPool)
                .on("azure-native:containerservice:MaintenanceConfiguration", AzureFacts.MAINTENANCE_WINDOW, r -> props())
                .on("azure-native:containerservice:PrivateEndpointConnection", AzureFacts.PRIVATE_ENDPOINT, r -> props());
    }

    /**
     * A private cluster's API server has only a private address; a public one is reachable from its
     * authorized IP ranges, or from anywhere when none are set.
     */
    static Rules.Props cluster(PlannedResource r) {
        boolean privateApi = Boolean.TRUE.equals(Inputs.bool(r, "apiServerAccessProfile.enablePrivateCluster"));
        List<Map<String, Object>> pools = Inputs.maps(r, "agentPoolProfiles");
        Rules.Props p = props()
                .put(Property.VERSION, Inputs.str(r, "kubernetesVersion"))
                .put(Property.PRIVATE_API, privateApi)
                .put(Property.NODE_POOLS, pools.stream().map(pool -> pool(Inputs.str(pool, "name"), pool)).sorted().toList())
                .put(Property.PUBLIC_IP, pools.stream().anyMatch(pool -> Boolean.TRUE.equals(Inputs.bool(pool, "enableNodePublicIP"))))
                .put(Property.LOCATION, Inputs.location(r));
        if (!privateApi) {
            List<String> ranges = Inputs.strings(r, "apiServerAccessProfile.authorizedIPRanges").stream().map(Values::cidr).sorted().toList();
            p.put(Property.ADMIN_CIDRS, ranges.isEmpty() ? List.of("0.0.0.0/0") : ranges);
        }
        return p;
    }

    static Rules.Props agentPool(PlannedResource r, Plan plan) {
        return props()
                .put(Property.NODE_POOLS, List.of(pool(Inputs.str(r, "agentPoolName"), r)))
                .put(Property.PUBLIC_IP, Boolean.TRUE.equals(Inputs.bool(r, "enableNodePublicIP")))
                .put(Property.LOCATION, Neighbours.parentLocation(plan, r, CLUSTER, "resourceName"));
    }

    /** A pool as {@code name:min-max}: its autoscaler bounds, or its fixed count twice. */
    static String pool(String name, Object pool) {
        boolean autoscale = Boolean.TRUE.equals(Inputs.bool(pool, "enableAutoScaling"));
        Integer count = Inputs.integer(pool, "count");
        Integer min = autoscale ? Inputs.integer(pool, "minCount") : count;
        Integer max = autoscale ? Inputs.integer(pool, "maxCount") : count;
        return name + ":" + (min == null ? "?" : min) + "-" + (max == null ? "?" : max);
    }
}
