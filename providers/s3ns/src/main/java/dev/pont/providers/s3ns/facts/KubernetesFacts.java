package dev.pont.providers.s3ns.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GKE clusters and node pools as Kubernetes clusters (cloud.google.com/kubernetes-engine/docs).
 *
 * <p>Version: {@code minMasterVersion} as {@code major.minor} ({@code 1.30.5-gke.100} reads
 * {@code 1.30}); without it GKE picks the release channel's default, so none is stated. API access:
 * private when {@code privateClusterConfig.enablePrivateEndpoint}; otherwise the public endpoint
 * admits the CIDRs of {@code masterAuthorizedNetworksConfig}, or everyone when that block is absent.
 *
 * <p>Node pools: an Autopilot cluster ({@code enableAutopilot}) has no node pools the customer sizes:
 * Google provisions nodes from pod requests, so none is stated. A {@code NodePool} resource states
 * {@code name:min-max} from {@code autoscaling.totalMinNodeCount/totalMaxNodeCount}, or from a fixed
 * {@code nodeCount} in a pool pinned to one zone; per-zone autoscaling limits in a pool whose zone
 * count the plan does not fix are not stated.
 */
final class KubernetesFacts {
    private static final String ROLE = ResourceKind.KUBERNETES_CLUSTER.role();
    private static final Pattern VERSION = Pattern.compile("^(\\d+\\.\\d+)(?:[.-].*)?$");

    private KubernetesFacts() {}

    static void register(Rules rules) {
        rules.on("gcp:container/cluster:Cluster", ROLE, KubernetesFacts::cluster)
                .on("gcp:container/nodePool:NodePool", ROLE, KubernetesFacts::nodePool);
    }

    static Rules.Props cluster(PlannedResource r) {
        boolean privateApi = Boolean.TRUE.equals(Gcp.bool(r, "privateClusterConfig.enablePrivateEndpoint"));
        Rules.Props p = props()
                .put(Property.VERSION, version(Gcp.str(r, "minMasterVersion")))
                .put(Property.PRIVATE_API, privateApi)
                .put(Property.LOCATION, Gcp.region(Gcp.str(r, "location")));
        Object authorized = Gcp.at(r, "masterAuthorizedNetworksConfig");
        List<String> cidrs = authorized == null ? List.of("0.0.0.0/0")
                : Gcp.maps(authorized, "cidrBlocks").stream().map(b -> Gcp.str(b, "cidrBlock")).filter(Objects::nonNull).sorted().toList();
        p.put(Property.ADMIN_CIDRS, cidrs);
        if (!privateApi) {
            p.put(Property.ALLOWED_CIDRS, cidrs);
        }
        return p;
    }

    static Rules.Props nodePool(PlannedResource r) {
        String name = Gcp.str(r, "name");
        Integer min = Gcp.integer(r, "autoscaling.totalMinNodeCount");
        Integer max = Gcp.integer(r, "autoscaling.totalMaxNodeCount");
        List<String> zones = Gcp.strings(r, "nodeLocations");
        boolean oneZone = zones.size() == 1 || (zones.isEmpty() && Gcp.str(r, "location") != null
                && !Gcp.str(r, "location").equals(Gcp.region(Gcp.str(r, "location"))));
        if ((min == null || max == null) && Gcp.at(r, "autoscaling") == null && Gcp.integer(r, "nodeCount") != null && oneZone) {
            min = max = Gcp.integer(r, "nodeCount");
        } else if ((min == null || max == null) && oneZone) {
            min = Gcp.integer(r, "autoscaling.minNodeCount");
            max = Gcp.integer(r, "autoscaling.maxNodeCount");
        }
        return props()
                .put(Property.NODE_POOLS, name != null && min != null && max != null ? List.of(name + ":" + min + "-" + max) : null)
                .put(Property.LOCATION, Gcp.region(Gcp.str(r, "location")));
    }

    static String version(String v) {
        if (v == null) {
            return null;
        }
        Matcher m = VERSION.matcher(v.trim());
        return m.matches() ? m.group(1) : null;
    }
}
