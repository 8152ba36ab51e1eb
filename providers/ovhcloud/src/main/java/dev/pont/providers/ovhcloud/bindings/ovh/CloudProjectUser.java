package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A Public Cloud (OpenStack) user of the project, with roles. */
@ResourceType(type = "ovh:CloudProject/user:User")
public class CloudProjectUser extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/user:User";

    @Export(name = "username", refs = {String.class}, tree = "[0]")
    private Output<String> username;

    @Export(name = "password", refs = {String.class}, tree = "[0]")
    private Output<String> password;

    public Output<String> username() {
        return this.username;
    }

    public Output<String> password() {
        return this.password;
    }

    public CloudProjectUser(String name, CloudProjectUserArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options, "password"));
    }
}
