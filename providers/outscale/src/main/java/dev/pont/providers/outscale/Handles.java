package dev.pont.providers.outscale;

import com.pulumi.aws.s3.BucketV2;
import dev.pont.core.spec.Cidr;
import dev.pont.providers.outscale.bindings.KubernetesProvider;
import dev.pont.providers.outscale.bindings.Net;
import dev.pont.providers.outscale.bindings.OksCluster;
import dev.pont.providers.outscale.bindings.RouteTable;
import dev.pont.providers.outscale.bindings.SecurityGroup;
import dev.pont.providers.outscale.bindings.Subnet;
import dev.pont.providers.outscale.bindings.User;
import dev.pont.providers.outscale.bindings.Vm;
import dev.pont.providers.outscale.bindings.Volume;
import java.util.Map;

/** What later resources of the same run look up by name ({@code Realised.handle()}). */
final class Handles {
    private Handles() {}

    /** A Net, its address space and its subnets by neutral name (in declaration order). */
    record NetworkHandle(String name, Net net, Cidr addressSpace, Map<String, SubnetHandle> subnets) {
        SubnetHandle subnet(String subnet) {
            SubnetHandle handle = subnets.get(subnet);
            if (handle == null) {
                throw new IllegalStateException("network '" + name + "' has no subnet '" + subnet + "'");
            }
            return handle;
        }
    }

    /**
     * A Subnet with its own route table (so no subnet falls back to the Net's main table) and its
     * own deny-by-default security group, which every VM placed in the subnet joins.
     */
    record SubnetHandle(String name, Cidr cidr, Subnet subnet, RouteTable routeTable, SecurityGroup group, String subregion) {
    }

    record VolumeHandle(Volume volume, String subregion) {
    }

    record VmHandle(Vm vm) {
    }

    record BucketHandle(BucketV2 bucket, String bucketName) {
    }

    record ClusterHandle(OksCluster cluster, KubernetesProvider kubernetes) {
    }

    record IdentityHandle(User user) {
    }

    /** A declaration the target could not realise: nothing to refer to, only the reason. */
    record Unrealised(String reason) {
    }
}
