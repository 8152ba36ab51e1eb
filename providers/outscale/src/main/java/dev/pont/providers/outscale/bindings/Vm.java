package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/vm:Vm}: A virtual machine. */
@ResourceType(type = "outscale:index/vm:Vm")
public class Vm extends CustomResource {
    public static final String TYPE = "outscale:index/vm:Vm";

    @Export(name = "vmId", refs = {String.class}, tree = "[0]")
    private Output<String> vmId;

    @Export(name = "privateIp", refs = {String.class}, tree = "[0]")
    private Output<String> privateIp;

    @Export(name = "publicIp", refs = {String.class}, tree = "[0]")
    private Output<String> publicIp;

    public Output<String> vmId() {
        return this.vmId;
    }

    public Output<String> privateIp() {
        return this.privateIp;
    }

    public Output<String> publicIp() {
        return this.publicIp;
    }

    public Vm(String name, VmArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
