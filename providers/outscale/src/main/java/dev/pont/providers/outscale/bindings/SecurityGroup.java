package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/securityGroup:SecurityGroup}: A security group. In a Net it is created with an allow-all outbound rule unless removeDefaultOutboundRule is true. */
@ResourceType(type = "outscale:index/securityGroup:SecurityGroup")
public class SecurityGroup extends CustomResource {
    public static final String TYPE = "outscale:index/securityGroup:SecurityGroup";

    @Export(name = "securityGroupId", refs = {String.class}, tree = "[0]")
    private Output<String> securityGroupId;

    @Export(name = "securityGroupName", refs = {String.class}, tree = "[0]")
    private Output<String> securityGroupName;

    public Output<String> securityGroupId() {
        return this.securityGroupId;
    }

    public Output<String> securityGroupName() {
        return this.securityGroupName;
    }

    public SecurityGroup(String name, SecurityGroupArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
