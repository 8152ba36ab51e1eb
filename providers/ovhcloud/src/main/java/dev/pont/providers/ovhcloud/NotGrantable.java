package dev.pont.providers.ovhcloud;

import dev.pont.core.spec.ResourceKind;
import java.util.Map;

/** Why a grant on a kind of resource has no OVHcloud realisation in Pont yet, in a platform engineer's words. */
final class NotGrantable {
    private static final Map<ResourceKind, String> REASONS = Map.of(
            ResourceKind.KEY_VAULT, "OKMS access is granted by OVHcloud IAM policies to IAM identities (local users, service accounts), "
                    + "and a Public Cloud user is not one; grant it with an IAM policy on the KMS",
            ResourceKind.SECRET, "Secret Manager access is granted by OVHcloud IAM policies to IAM identities, and a Public Cloud user is not one; "
                    + "grant it with an IAM policy on the KMS",
            ResourceKind.KUBERNETES_CLUSTER, "MKS maps no cloud identity to Kubernetes RBAC; give the workload a Kubernetes service account "
                    + "or configure OIDC on the cluster",
            ResourceKind.BLOCK_VOLUME, "Cinder volumes have no per-volume access control; access follows the instance the volume is attached to",
            ResourceKind.AUDIT_LOG, "Logs Data Platform access is granted with LDP roles and tokens, which Pont does not manage yet");

    private NotGrantable() {}

    static String reason(ResourceKind kind) {
        return REASONS.getOrDefault(kind, "OVHcloud has no access control for a " + kind.role() + " that Pont can manage");
    }
}
