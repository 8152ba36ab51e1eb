package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/volume:Volume}: A BSU volume. */
@ResourceType(type = "outscale:index/volume:Volume")
public class Volume extends CustomResource {
    public static final String TYPE = "outscale:index/volume:Volume";

    @Export(name = "volumeId", refs = {String.class}, tree = "[0]")
    private Output<String> volumeId;

    public Output<String> volumeId() {
        return this.volumeId;
    }

    public Volume(String name, VolumeArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
