package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** An S3-compatible Object Storage bucket. */
@ResourceType(type = "ovh:CloudProject/storage:Storage")
public class Storage extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/storage:Storage";

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "virtualHost", refs = {String.class}, tree = "[0]")
    private Output<String> virtualHost;

    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private Output<String> region;

    public Output<String> name() {
        return this.name;
    }

    public Output<String> virtualHost() {
        return this.virtualHost;
    }

    public Output<String> region() {
        return this.region;
    }

    public Storage(String name, StorageArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
