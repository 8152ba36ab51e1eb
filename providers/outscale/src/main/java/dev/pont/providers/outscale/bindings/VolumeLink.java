package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/volumeLink:VolumeLink}: Attaches a volume to a VM. */
@ResourceType(type = "outscale:index/volumeLink:VolumeLink")
public class VolumeLink extends CustomResource {
    public static final String TYPE = "outscale:index/volumeLink:VolumeLink";

    @Export(name = "state", refs = {String.class}, tree = "[0]")
    private Output<String> state;

    public Output<String> state() {
        return this.state;
    }

    public VolumeLink(String name, VolumeLinkArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
