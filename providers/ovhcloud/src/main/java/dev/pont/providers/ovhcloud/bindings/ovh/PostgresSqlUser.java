package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A login on a managed PostgreSQL cluster. */
@ResourceType(type = "ovh:CloudProjectDatabase/postgresSqlUser:PostgresSqlUser")
public class PostgresSqlUser extends CustomResource {
    public static final String TYPE = "ovh:CloudProjectDatabase/postgresSqlUser:PostgresSqlUser";

    @Export(name = "password", refs = {String.class}, tree = "[0]")
    private Output<String> password;

    public Output<String> password() {
        return this.password;
    }

    public PostgresSqlUser(String name, PostgresSqlUserArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options, "password"));
    }
}
