package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;

/** A vRack private network of a Public Cloud project, available in the listed regions. */
@ResourceType(type = "ovh:CloudProject/networkPrivate:NetworkPrivate")
public class NetworkPrivate extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/networkPrivate:NetworkPrivate";

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "regionsOpenstackIds", refs = {Map.class, String.class}, tree = "[0,1,1]")
    private Output<Map<String, String>> regionsOpenstackIds;

    public Output<String> name() {
        return this.name;
    }

    public Output<Map<String, String>> regionsOpenstackIds() {
        return this.regionsOpenstackIds;
    }

    public NetworkPrivate(String name, NetworkPrivateArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
