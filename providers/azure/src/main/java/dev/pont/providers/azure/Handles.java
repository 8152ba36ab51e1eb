package dev.pont.providers.azure;

import com.pulumi.azurenative.compute.Disk;
import com.pulumi.azurenative.containerservice.ManagedCluster;
import com.pulumi.azurenative.dbforpostgresql.Server;
import com.pulumi.azurenative.keyvault.Key;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.network.NetworkSecurityGroup;
import com.pulumi.azurenative.network.SecurityRule;
import com.pulumi.azurenative.network.VirtualNetwork;
import com.pulumi.azurenative.network.enums.VirtualNetworkPrivateEndpointNetworkPolicies;
import com.pulumi.azurenative.network.enums.VirtualNetworkPrivateLinkServiceNetworkPolicies;
import com.pulumi.azurenative.network.inputs.SubnetArgs;
import com.pulumi.azurenative.operationalinsights.Workspace;
import com.pulumi.azurenative.storage.BlobContainer;
import com.pulumi.azurenative.storage.BlobServiceProperties;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.Resource;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.SubnetSpec;
import java.util.List;
import java.util.Map;

/**
 * What each realisation hands to later declarations of the same run (through
 * {@code Scope.lookup}): the Azure resources they refer to, where grants are scoped, and which
 * resource logs the audit log can collect.
 */
final class Handles {
    private Handles() {}

    /** A resource a service identity can be granted access to: role assignments are scoped to {@link #grantScope()}. */
    interface Grantable {
        Output<String> grantScope();
    }

    /** A resource that writes resource logs an audit log can collect. */
    interface Logged {
        List<LogSource> logSources();
    }

    /** One resource's logs: which resource, and which kind of log source (a key of azure-rules.json "diagnostics"). */
    record LogSource(String name, Output<String> resourceUri, String kind) {
    }

    /** NSG priorities handed out in order, per direction, below the deny-all rules at 4096. */
    static final class Priorities {
        static final int FIRST = 100;
        static final int DENY_ALL = 4096;
        private int inbound = FIRST;
        private int outbound = FIRST;

        /** The next free priority, or -1 when the NSG is full. */
        int next(boolean in) {
            int next = in ? inbound++ : outbound++;
            return next < DENY_ALL ? next : -1;
        }
    }

    record Network(String name, NetworkSpec spec, ComponentResource component, Map<String, String> tags, VirtualNetwork vnet,
                   Map<String, NetworkSecurityGroup> securityGroups, Map<String, Priorities> priorities) implements Logged {
        Output<String> subnetId(String subnet) {
            return vnet.id().applyValue(id -> id + "/subnets/" + subnet);
        }

        /**
         * A reference to a subnet for a private endpoint or a NIC. The SDK fills unset subnet fields with
         * defaults; set them as the subnet really has them, so that the plan does not contradict it.
         */
        SubnetArgs subnetRef(String subnet) {
            return SubnetArgs.builder()
                    .id(subnetId(subnet))
                    .privateEndpointNetworkPolicies(VirtualNetworkPrivateEndpointNetworkPolicies.Enabled)
                    .privateLinkServiceNetworkPolicies(VirtualNetworkPrivateLinkServiceNetworkPolicies.Enabled)
                    .build();
        }

        Cidr cidr(String subnet) {
            return spec.subnet(subnet).map(SubnetSpec::cidr).orElseThrow();
        }

        @Override
        public List<LogSource> logSources() {
            return securityGroups.entrySet().stream()
                    .map(e -> new LogSource(name + "-" + e.getKey() + "-nsg", e.getValue().id(), "networkSecurityGroup"))
                    .toList();
        }
    }

    record Firewall(List<SecurityRule> rules) {
    }

    record Vault(String name, KeyVaultSpec spec, com.pulumi.azurenative.keyvault.Vault vault, Map<String, Key> keys)
            implements Grantable, Logged {
        Output<String> uri() {
            return vault.properties().applyValue(p -> p.vaultUri().orElseThrow());
        }

        @Override
        public Output<String> grantScope() {
            return vault.id();
        }

        @Override
        public List<LogSource> logSources() {
            return List.of(new LogSource(name + "-vault", vault.id(), "keyVault"));
        }
    }

    record Secret(com.pulumi.azurenative.keyvault.Secret secret) implements Grantable {
        @Override
        public Output<String> grantScope() {
            return secret.id();
        }
    }

    record ObjectStore(String name, StorageAccount account, BlobServiceProperties blobService, BlobContainer container)
            implements Grantable, Logged {
        /** Grants reach this store's container only, not the other containers of the account. */
        @Override
        public Output<String> grantScope() {
            return container.id();
        }

        @Override
        public List<LogSource> logSources() {
            return List.of(new LogSource(name + "-blob", blobService.id(), "blobService"));
        }
    }

    record BlockVolume(String name, Disk disk) implements Grantable {
        @Override
        public Output<String> grantScope() {
            return disk.id();
        }
    }

    /** {@code settled}: the last change made to the server; later changes wait for it (a server takes one at a time). */
    record Database(String name, Server server, Resource settled) implements Grantable, Logged {
        @Override
        public Output<String> grantScope() {
            return server.id();
        }

        @Override
        public List<LogSource> logSources() {
            return List.of(new LogSource(name + "-server", server.id(), "postgresServer"));
        }
    }

    record VirtualMachine(String name, com.pulumi.azurenative.compute.VirtualMachine vm) {
    }

    record Cluster(String name, ManagedCluster cluster) implements Grantable, Logged {
        @Override
        public Output<String> grantScope() {
            return cluster.id();
        }

        @Override
        public List<LogSource> logSources() {
            return List.of(new LogSource(name + "-cluster", cluster.id(), "kubernetesCluster"));
        }
    }

    record Identity(String name, UserAssignedIdentity identity) {
    }

    record AuditLog(String name, Workspace workspace) implements Grantable {
        @Override
        public Output<String> grantScope() {
            return workspace.id();
        }
    }
}
