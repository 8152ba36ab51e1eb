package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A secret in an OKMS domain's Secret Manager (Vault KV2-compatible). */
@ResourceType(type = "ovh:Okms/secret:Secret")
public class OkmsSecret extends CustomResource {
    public static final String TYPE = "ovh:Okms/secret:Secret";

    public OkmsSecret(String name, OkmsSecretArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
