package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/securityGroupRule:SecurityGroupRule}: One rule of a security group. */
@ResourceType(type = "outscale:index/securityGroupRule:SecurityGroupRule")
public class SecurityGroupRule extends CustomResource {
    public static final String TYPE = "outscale:index/securityGroupRule:SecurityGroupRule";

    @Export(name = "securityGroupName", refs = {String.class}, tree = "[0]")
    private Output<String> securityGroupName;

    public Output<String> securityGroupName() {
        return this.securityGroupName;
    }

    public SecurityGroupRule(String name, SecurityGroupRuleArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
