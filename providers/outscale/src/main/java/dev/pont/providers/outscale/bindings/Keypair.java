package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/keypair:Keypair}: A keypair: an imported SSH public key. */
@ResourceType(type = "outscale:index/keypair:Keypair")
public class Keypair extends CustomResource {
    public static final String TYPE = "outscale:index/keypair:Keypair";

    @Export(name = "keypairName", refs = {String.class}, tree = "[0]")
    private Output<String> keypairName;

    @Export(name = "keypairFingerprint", refs = {String.class}, tree = "[0]")
    private Output<String> keypairFingerprint;

    public Output<String> keypairName() {
        return this.keypairName;
    }

    public Output<String> keypairFingerprint() {
        return this.keypairFingerprint;
    }

    public Keypair(String name, KeypairArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
