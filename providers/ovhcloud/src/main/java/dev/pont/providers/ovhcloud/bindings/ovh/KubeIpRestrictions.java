package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** The CIDRs allowed to reach an MKS cluster's API server. */
@ResourceType(type = "ovh:CloudProject/kubeIpRestrictions:KubeIpRestrictions")
public class KubeIpRestrictions extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/kubeIpRestrictions:KubeIpRestrictions";

    public KubeIpRestrictions(String name, KubeIpRestrictionsArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
