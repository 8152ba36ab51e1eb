package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;

/**
 * An explicit {@code ovh} provider. Only the API endpoint is set here; the API credentials come
 * from the environment the provider documents ({@code OVH_APPLICATION_KEY}, {@code OVH_APPLICATION_SECRET},
 * {@code OVH_CONSUMER_KEY}, or the OAuth2 {@code OVH_CLIENT_ID}/{@code OVH_CLIENT_SECRET}), never from stack config.
 */
public class OvhProvider extends ProviderResource {
    public OvhProvider(String name, OvhProviderArgs args, CustomResourceOptions options) {
        super(OvhPackage.NAME, name, args, OvhPackage.options(options));
    }
}
