package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/policy:Policy}: An EIM managed policy. */
@ResourceType(type = "outscale:index/policy:Policy")
public class Policy extends CustomResource {
    public static final String TYPE = "outscale:index/policy:Policy";

    @Export(name = "orn", refs = {String.class}, tree = "[0]")
    private Output<String> orn;

    @Export(name = "policyId", refs = {String.class}, tree = "[0]")
    private Output<String> policyId;

    public Output<String> orn() {
        return this.orn;
    }

    public Output<String> policyId() {
        return this.policyId;
    }

    public Policy(String name, PolicyArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
