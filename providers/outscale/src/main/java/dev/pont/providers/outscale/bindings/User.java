package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/user:User}: An EIM user. */
@ResourceType(type = "outscale:index/user:User")
public class User extends CustomResource {
    public static final String TYPE = "outscale:index/user:User";

    @Export(name = "userId", refs = {String.class}, tree = "[0]")
    private Output<String> userId;

    @Export(name = "userName", refs = {String.class}, tree = "[0]")
    private Output<String> userName;

    public Output<String> userId() {
        return this.userId;
    }

    public Output<String> userName() {
        return this.userName;
    }

    public User(String name, UserArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
