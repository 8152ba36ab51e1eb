package dev.pont.providers.s3ns;

import com.pulumi.gcp.compute.Firewall;
import com.pulumi.gcp.compute.FirewallArgs;
import com.pulumi.gcp.compute.Instance;
import com.pulumi.gcp.compute.InstanceArgs;
import com.pulumi.gcp.compute.inputs.FirewallAllowArgs;
import com.pulumi.gcp.compute.inputs.InstanceAttachedDiskArgs;
import com.pulumi.gcp.compute.inputs.InstanceBootDiskArgs;
import com.pulumi.gcp.compute.inputs.InstanceBootDiskInitializeParamsArgs;
import com.pulumi.gcp.compute.inputs.InstanceNetworkInterfaceAccessConfigArgs;
import com.pulumi.gcp.compute.inputs.InstanceNetworkInterfaceArgs;
import com.pulumi.gcp.compute.inputs.InstanceShieldedInstanceConfigArgs;
import com.pulumi.gcp.container.Cluster;
import com.pulumi.gcp.container.ClusterArgs;
import com.pulumi.gcp.container.inputs.ClusterIpAllocationPolicyArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthorizedNetworksConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthorizedNetworksConfigCidrBlockArgs;
import com.pulumi.gcp.container.inputs.ClusterPrivateClusterConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterReleaseChannelArgs;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.catalog.Catalog;
import dev.pont.core.facts.Property;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import dev.pont.providers.s3ns.Handles.ClusterHandle;
import dev.pont.providers.s3ns.Handles.DiskHandle;
import dev.pont.providers.s3ns.Handles.InstanceHandle;
import dev.pont.providers.s3ns.Handles.KeyHandle;
import dev.pont.providers.s3ns.Handles.NetworkHandle;
import dev.pont.providers.s3ns.Handles.SubnetHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Virtual machines (Compute Engine instances with their disks) and Kubernetes clusters (GKE Autopilot). */
final class Compute {
    static final String IMAGE_KEY = "pont:s3nsImage.";
    /** GKE Autopilot's default pod range size and a services range for a few thousand services. */
    static final int POD_PREFIX = 17;
    static final int SERVICE_PREFIX = 22;

    private final S3nsRun run;
    private final Catalog catalog;

    Compute(S3nsRun run, Catalog catalog) {
        this.run = run;
        this.catalog = catalog;
    }

    Realised virtualMachine(Scope scope, VirtualMachineSpec spec) {
        NetworkHandle network = scope.lookup(spec.subnet().network(), NetworkHandle.class);
        SubnetHandle subnet = network.subnet(spec.subnet().subnet());
        String machineType = catalog.size(scope, spec.size());
        String image = image(scope, spec.image());
        scope.degraded("administrators log in through OS Login (IAM identities), which replaces metadata SSH keys: the admin user '"
                + spec.adminUser() + "' with the key of " + spec.sshKeyConfig() + " is not installed; grant the admins"
                + " roles/compute.osAdminLogin and add their keys to their OS Login profiles", Property.GRANTS);
        List<Resource> dependsOn = new ArrayList<>();
        var bootParams = InstanceBootDiskInitializeParamsArgs.builder()
                .image(image)
                .size(spec.osDiskGiB())
                .type(catalog.volumeClass(scope, VolumeClass.BALANCED_SSD));
        var boot = InstanceBootDiskArgs.builder().autoDelete(true).initializeParams(bootParams.build());
        if (spec.diskEncryptionKey() != null) {
            KeyHandle key = run.encryptionKey(scope, spec.diskEncryptionKey());
            dependsOn.add(run.allowKeyUse(scope, key, "compute"));
            boot.kmsKeySelfLink(key.key().id());
        }
        var nic = InstanceNetworkInterfaceArgs.builder().subnetwork(subnet.subnetwork().id());
        if (spec.publicIp()) {
            nic.accessConfigs(InstanceNetworkInterfaceAccessConfigArgs.builder().build());
        }
        List<InstanceAttachedDiskArgs> attached = new ArrayList<>();
        for (String volume : spec.volumes()) {
            DiskHandle disk = scope.lookup(volume, DiskHandle.class);
            if (!disk.zone().equals(run.zone())) {
                throw scope.error("volume '" + volume + "' is in zone " + disk.zone() + " but the VM is in " + run.zone()
                        + ": a zonal disk attaches only in its own zone");
            }
            attached.add(InstanceAttachedDiskArgs.builder().source(disk.disk().id()).deviceName(volume).mode("READ_WRITE").build());
        }
        Instance instance = new Instance(scope.child("vm"), InstanceArgs.builder()
                .name(run.name(scope, ""))
                .project(run.project)
                .zone(run.zone())
                .machineType(machineType)
                .bootDisk(boot.build())
                .attachedDisks(attached)
                .networkInterfaces(nic.build())
                .shieldedInstanceConfig(InstanceShieldedInstanceConfigArgs.builder()
                        .enableSecureBoot(true).enableVtpm(true).enableIntegrityMonitoring(true).build())
                .metadata(Map.of("enable-oslogin", "TRUE", "block-project-ssh-keys", "TRUE"))
                .allowStoppingForUpdate(true)
                .labels(run.labels(scope))
                .build(), run.options(scope, dependsOn.toArray(Resource[]::new)));
        return new Realised(instance.id(), instance.networkInterfaces()
                .applyValue(nics -> nics.isEmpty() ? "" : nics.get(0).networkIp().orElse("")), new InstanceHandle(instance, run.zone()));
    }

    /** The image from the catalog, unless the stack config pins one ({@code pont:s3nsImage.<os>}). */
    private String image(Scope scope, OsImage os) {
        var pinned = run.session.config().get(IMAGE_KEY + os.key()).filter(v -> !v.isBlank());
        if (pinned.isPresent()) {
            scope.choice("image", os.key(), pinned.get(), false, "pinned by config " + IMAGE_KEY + os.key());
            return pinned.get();
        }
        return String.valueOf(catalog.image(scope, os));
    }

    Realised kubernetesCluster(Scope scope, KubernetesClusterSpec spec) {
        String version = catalog.kubernetesVersion(scope, spec.version());
        NetworkHandle network = scope.lookup(spec.subnet().network(), NetworkHandle.class);
        SubnetHandle subnet = network.subnet(spec.subnet().subnet());
        Cidr pods = reserve(scope, network, POD_PREFIX, "pod");
        Cidr services = reserve(scope, network, SERVICE_PREFIX, "service");
        List<String> pools = spec.nodePools().stream().map(Compute::pool).toList();
        scope.degraded("node pools " + pools + " are not realised: S3NS offers GKE in Autopilot mode only, which provisions"
                + " nodes from pod resource requests; give workloads requests (and compute classes) instead of pool sizes", Property.NODE_POOLS);
        scope.degraded("Autopilot nodes need egress to the " + S3nsData.UNIVERSE.domain() + " APIs and the container registry"
                + " (Private Google Access): the network denies all egress and the private API ranges of S3NS are unverified,"
                + " so that rule is not realised; add an allowOut rule from subnet " + spec.subnet() + " to them before deploying",
                Property.ALLOW_RULES);
        var authorised = ClusterMasterAuthorizedNetworksConfigArgs.builder()
                .gcpPublicCidrsAccessEnabled(false)
                .cidrBlocks(spec.adminCidrs().stream().map(c -> ClusterMasterAuthorizedNetworksConfigCidrBlockArgs.builder()
                        .cidrBlock(c.toString()).displayName("pont-admin").build()).toList());
        Cluster cluster = new Cluster(scope.child("cluster"), ClusterArgs.builder()
                .name(GcpNames.of(run.session.stack() + "-" + scope.name(), 40))
                .project(run.project)
                .location(run.region)
                .enableAutopilot(true)
                .network(network.network().id())
                .subnetwork(subnet.subnetwork().id())
                .ipAllocationPolicy(ClusterIpAllocationPolicyArgs.builder()
                        .clusterIpv4CidrBlock(pods.toString())
                        .servicesIpv4CidrBlock(services.toString())
                        .build())
                .privateClusterConfig(ClusterPrivateClusterConfigArgs.builder()
                        .enablePrivateNodes(true)
                        .enablePrivateEndpoint(spec.privateApi())
                        .build())
                .masterAuthorizedNetworksConfig(authorised.build())
                .releaseChannel(ClusterReleaseChannelArgs.builder().channel("REGULAR").build())
                .minMasterVersion(version)
                .deletionProtection(true)
                .resourceLabels(run.labels(scope))
                .build(), run.options(scope));
        // The network denies all egress: let nodes and pods reach each other, the services range and the control plane
        // (whose private endpoint is an address of the cluster's subnet).
        List<String> internal = List.of(subnet.cidr().toString(), pods.toString());
        new Firewall(scope.child("internal-out"), FirewallArgs.builder()
                .name(run.name(scope, "internal-out"))
                .project(run.project)
                .network(network.network().id())
                .direction("EGRESS")
                .priority(FirewallRules.FIRST_PRIORITY)
                .allows(FirewallAllowArgs.builder().protocol("all").build())
                .sourceRanges(internal)
                .destinationRanges(List.of(subnet.cidr().toString(), pods.toString(), services.toString()))
                .description("Pont: " + scope.name() + " nodes and pods to each other, services and the control plane")
                .build(), run.options(scope, cluster));
        return new Realised(cluster.id(), cluster.endpoint(), new ClusterHandle(cluster));
    }

    private static Cidr reserve(Scope scope, NetworkHandle network, int prefix, String what) {
        return network.ranges().reserve(prefix).orElseThrow(() -> scope.error("no free /" + prefix + " " + what
                + " range left in 10.0.0.0/8 outside network '" + network.name() + "': use a smaller network address space"));
    }

    private static String pool(NodePoolSpec p) {
        return p.name() + " " + p.size() + " x" + p.minNodes() + "-" + p.maxNodes();
    }
}
