package dev.pont.providers.outscale.bindings;

import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;

/**
 * The outscale provider plugin these bindings target, and the options every registration
 * carries, as a generated SDK's {@code makeResourceOptions} does: the plugin version and where
 * the engine downloads the plugin from (the provider is not in Pulumi's default plugin source).
 */
public final class OutscalePlugin {
    public static final String PACKAGE = "outscale";
    public static final String VERSION = "0.0.2";
    public static final String DOWNLOAD_URL = "github://api.github.com/outscale";

    /** Every outscale resource binding, in one place: the schema test iterates this list. */
    public static final List<Class<? extends CustomResource>> RESOURCES = List.of(
            Net.class, Subnet.class, RouteTable.class, RouteTableLink.class, Route.class,
            InternetService.class, InternetServiceLink.class, PublicIp.class, PublicIpLink.class, NatService.class,
            SecurityGroup.class, SecurityGroupRule.class, Keypair.class, Vm.class, Volume.class, VolumeLink.class,
            OksProject.class, OksCluster.class, User.class, Policy.class, AccessKey.class);

    private OutscalePlugin() {}

    /** {@code options} with the plugin version and download URL, and the outputs to keep secret. */
    public static CustomResourceOptions options(CustomResourceOptions options, String... secretOutputs) {
        var defaults = CustomResourceOptions.builder().version(VERSION).pluginDownloadURL(DOWNLOAD_URL);
        if (secretOutputs.length > 0) {
            ((CustomResourceOptions.Builder) defaults).additionalSecretOutputs(secretOutputs);
        }
        return CustomResourceOptions.merge(((CustomResourceOptions.Builder) defaults).build(), options);
    }
}
