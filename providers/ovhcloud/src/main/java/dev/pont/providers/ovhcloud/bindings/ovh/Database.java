package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;

/** A Public Cloud Databases cluster (here: PostgreSQL). */
@ResourceType(type = "ovh:CloudProject/database:Database")
public class Database extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/database:Database";

    @Export(name = "status", refs = {String.class}, tree = "[0]")
    private Output<String> status;

    @Export(name = "endpoints", refs = {List.class, DatabaseEndpoint.class}, tree = "[0,1]")
    private Output<List<DatabaseEndpoint>> endpoints;

    public Output<List<DatabaseEndpoint>> endpoints() {
        return this.endpoints;
    }

    public Output<String> status() {
        return this.status;
    }

    public Database(String name, DatabaseArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
