package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** The S3 policy document of a Public Cloud user. */
@ResourceType(type = "ovh:CloudProject/s3Policy:S3Policy")
public class S3Policy extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/s3Policy:S3Policy";

    public S3Policy(String name, S3PolicyArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
