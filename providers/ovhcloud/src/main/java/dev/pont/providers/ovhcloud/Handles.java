package dev.pont.providers.ovhcloud;

import com.pulumi.core.Output;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.providers.ovhcloud.bindings.openstack.Instance;
import dev.pont.providers.ovhcloud.bindings.openstack.Port;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroup;
import dev.pont.providers.ovhcloud.bindings.openstack.Volume;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectUser;
import dev.pont.providers.ovhcloud.bindings.ovh.Kube;
import dev.pont.providers.ovhcloud.bindings.ovh.LogsOutputGraylogStream;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivate;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateSubnetV2;
import dev.pont.providers.ovhcloud.bindings.ovh.Okms;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecret;
import dev.pont.providers.ovhcloud.bindings.ovh.ServiceKey;
import dev.pont.providers.ovhcloud.bindings.ovh.Storage;
import java.util.Map;

/** What the adapter remembers about each realised resource, for the resources declared after it. */
final class Handles {
    private Handles() {}

    /** A private network: the vRack network, its id in the OpenStack region, and its subnets. */
    record Network(String name, NetworkSpec spec, NetworkPrivate network, Output<String> openstackId, Map<String, Subnet> subnets) {
        Subnet subnet(String subnet) {
            Subnet s = subnets.get(subnet);
            if (s == null) {
                throw new IllegalStateException("network '" + name + "' has no subnet '" + subnet + "'");
            }
            return s;
        }
    }

    /** A subnet and the security group every instance in it gets (deny by default). */
    record Subnet(String network, String name, Cidr cidr, NetworkPrivateSubnetV2 subnet, SecGroup securityGroup) {
    }

    record Firewall(String network, int rules) {
    }

    record KeyVault(Okms okms, Map<String, ServiceKey> keys) {
    }

    record Secret(OkmsSecret secret) {
    }

    record ObjectStore(Storage storage) {
    }

    record BlockVolume(Volume volume, String availabilityZone) {
    }

    record Database(dev.pont.providers.ovhcloud.bindings.ovh.Database cluster) {
    }

    record VirtualMachine(Instance instance, Port port) {
    }

    record KubernetesCluster(Kube cluster) {
    }

    record ServiceIdentity(CloudProjectUser user) {
    }

    record AuditLog(LogsOutputGraylogStream stream) {
    }
}
