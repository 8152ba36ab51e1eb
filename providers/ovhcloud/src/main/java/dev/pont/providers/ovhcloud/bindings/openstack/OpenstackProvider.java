package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;

/**
 * An explicit {@code openstack} provider pointed at OVHcloud's Keystone. The OpenStack user and
 * password come from the environment the provider documents ({@code OS_USERNAME}, {@code OS_PASSWORD},
 * or {@code OS_APPLICATION_CREDENTIAL_ID}/{@code OS_APPLICATION_CREDENTIAL_SECRET}), never from stack config.
 */
public class OpenstackProvider extends ProviderResource {
    public OpenstackProvider(String name, OpenstackProviderArgs args, CustomResourceOptions options) {
        super(OpenstackPackage.NAME, name, args, OpenstackPackage.options(options));
    }
}
