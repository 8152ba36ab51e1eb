package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** An S3 access key pair for a Public Cloud user. */
@ResourceType(type = "ovh:CloudProject/s3Credential:S3Credential")
public class S3Credential extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/s3Credential:S3Credential";

    @Export(name = "accessKeyId", refs = {String.class}, tree = "[0]")
    private Output<String> accessKeyId;

    @Export(name = "secretAccessKey", refs = {String.class}, tree = "[0]")
    private Output<String> secretAccessKey;

    public Output<String> accessKeyId() {
        return this.accessKeyId;
    }

    public Output<String> secretAccessKey() {
        return this.secretAccessKey;
    }

    public S3Credential(String name, S3CredentialArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options, "secretAccessKey"));
    }
}
