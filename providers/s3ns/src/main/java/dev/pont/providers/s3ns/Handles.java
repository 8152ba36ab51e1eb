package dev.pont.providers.s3ns;

import com.pulumi.gcp.compute.Disk;
import com.pulumi.gcp.compute.Instance;
import com.pulumi.gcp.compute.Network;
import com.pulumi.gcp.compute.Subnetwork;
import com.pulumi.gcp.container.Cluster;
import com.pulumi.gcp.kms.CryptoKey;
import com.pulumi.gcp.kms.KeyRing;
import com.pulumi.gcp.logging.ProjectBucketConfig;
import com.pulumi.gcp.secretmanager.Secret;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.sql.DatabaseInstance;
import com.pulumi.gcp.storage.Bucket;
import dev.pont.core.spec.Cidr;
import java.util.Map;

/** What later declarations of the same run look up by name ({@code Realised.handle()}). */
final class Handles {
    private Handles() {}

    /** A VPC network, its address space, its subnetworks by neutral name and the ranges reserved outside it. */
    record NetworkHandle(String name, Network network, Cidr addressSpace, Map<String, SubnetHandle> subnets, Ranges ranges) {
        SubnetHandle subnet(String subnet) {
            SubnetHandle handle = subnets.get(subnet);
            if (handle == null) {
                throw new IllegalStateException("network '" + name + "' has no subnet '" + subnet + "'");
            }
            return handle;
        }
    }

    record SubnetHandle(String name, Cidr cidr, Subnetwork subnetwork) {
    }

    record KeyVaultHandle(String name, KeyRing ring, Map<String, KeyHandle> keys) {
    }

    /** A Cloud KMS key and whether services can use it for customer-managed encryption (symmetric keys only). */
    record KeyHandle(String vault, String name, CryptoKey key, boolean customerManagedEncryption) {
    }

    record SecretHandle(Secret secret) {
    }

    record BucketHandle(Bucket bucket) {
    }

    record DiskHandle(Disk disk, String zone) {
    }

    record InstanceHandle(Instance instance, String zone) {
    }

    record DatabaseHandle(DatabaseInstance instance) {
    }

    record ClusterHandle(Cluster cluster) {
    }

    record AccountHandle(Account account) {
    }

    record AuditLogHandle(ProjectBucketConfig bucket) {
    }
}
