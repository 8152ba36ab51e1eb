package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A key held in an OKMS domain. */
@ResourceType(type = "ovh:Okms/serviceKey:ServiceKey")
public class ServiceKey extends CustomResource {
    public static final String TYPE = "ovh:Okms/serviceKey:ServiceKey";

    @Export(name = "state", refs = {String.class}, tree = "[0]")
    private Output<String> state;

    public Output<String> state() {
        return this.state;
    }

    public ServiceKey(String name, ServiceKeyArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
