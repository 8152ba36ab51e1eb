package dev.pont.providers.ovhcloud;

import dev.pont.core.platform.Declaration;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.AuditLogSpec.Category;
import dev.pont.core.spec.ResourceKind;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhPackage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the audit log asks for that ovh 2.13.0 cannot forward to Logs Data Platform. Only managed
 * PostgreSQL has a log subscription resource; everything else is listed, for the categories asked
 * and the kinds of resources the stack declares.
 */
final class AuditGaps {
    private AuditGaps() {}

    static List<String> of(AuditLogSpec spec, List<Declaration> before) {
        Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
        before.forEach(d -> kinds.add(d.spec().kind()));
        Set<Category> asked = spec.categories();
        String v = "ovh " + OvhPackage.VERSION;
        List<String> gaps = new ArrayList<>();
        if (asked.contains(Category.ADMINISTRATIVE)) {
            gaps.add("administrative events of the OVHcloud account (API and console actions) are not forwarded: " + v
                    + " has no resource for the account's audit log subscription");
            if (kinds.contains(ResourceKind.KUBERNETES_CLUSTER)) {
                gaps.add("Kubernetes API server audit logs are not forwarded: " + v + " has no log subscription for MKS clusters");
            }
        }
        if (asked.contains(Category.DATA_ACCESS)) {
            if (kinds.contains(ResourceKind.OBJECT_STORE)) {
                gaps.add("object storage access logs are not forwarded: " + v + " has no access-log setting for buckets");
            }
            if (kinds.contains(ResourceKind.KEY_VAULT) || kinds.contains(ResourceKind.SECRET)) {
                gaps.add("KMS and Secret Manager access logs are not forwarded: " + v + " has no log subscription for OKMS");
            }
        }
        if (asked.contains(Category.SECURITY) && (kinds.contains(ResourceKind.FIREWALL) || kinds.contains(ResourceKind.VIRTUAL_MACHINE))) {
            gaps.add("security group decisions are not logged: OVHcloud Public Cloud offers no flow logs for security groups");
        }
        return gaps;
    }
}
