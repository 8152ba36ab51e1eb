package dev.pont.providers.s3ns;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;

/**
 * Inputs of the gcp provider that Pont sets, named as in the plugin's schema ({@code universeDomain}
 * from plugin 7.1.1 on; {@code project}, {@code region}, {@code zone} as in the SDK's own
 * {@code ProviderArgs}). Credentials are deliberately not settable: the plugin reads Application
 * Default Credentials from the environment, so they never reach stack state.
 */
public final class S3nsProviderArgs extends ResourceArgs {

    /** The API domain every client of the provider talks to, e.g. {@code s3nsapis.fr}. */
    @Import(name = "universeDomain", required = true)
    private final Output<String> universeDomain;

    /** The default project, with its universe prefix ({@code s3ns:my-project}). */
    @Import(name = "project", required = true)
    private final Output<String> project;

    @Import(name = "region", required = true)
    private final Output<String> region;

    @Import(name = "zone")
    private final Output<String> zone;

    public S3nsProviderArgs(String universeDomain, String project, String region, String zone) {
        this.universeDomain = Output.of(Objects.requireNonNull(universeDomain, "universeDomain"));
        this.project = Output.of(Objects.requireNonNull(project, "project"));
        this.region = Output.of(Objects.requireNonNull(region, "region"));
        this.zone = zone == null ? null : Output.of(zone);
    }
}
