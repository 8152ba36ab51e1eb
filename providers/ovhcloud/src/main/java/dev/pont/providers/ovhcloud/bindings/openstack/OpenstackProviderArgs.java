package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link OpenstackProvider}: where to authenticate and which project and region to work in. */
public final class OpenstackProviderArgs extends ResourceArgs {
    public static final OpenstackProviderArgs Empty = new OpenstackProviderArgs();

    @Import(name = "authUrl")
    private Output<String> authUrl;

    @Import(name = "tenantId")
    private Output<String> tenantId;

    @Import(name = "region")
    private Output<String> region;

    @Import(name = "userDomainName")
    private Output<String> userDomainName;

    @Import(name = "projectDomainName")
    private Output<String> projectDomainName;

    public Optional<Output<String>> authUrl() {
        return Optional.ofNullable(this.authUrl);
    }

    public Optional<Output<String>> tenantId() {
        return Optional.ofNullable(this.tenantId);
    }

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    public Optional<Output<String>> userDomainName() {
        return Optional.ofNullable(this.userDomainName);
    }

    public Optional<Output<String>> projectDomainName() {
        return Optional.ofNullable(this.projectDomainName);
    }

    private OpenstackProviderArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OpenstackProviderArgs $ = new OpenstackProviderArgs();

        public Builder authUrl(String authUrl) {
            $.authUrl = Output.of(authUrl);
            return this;
        }

        public Builder tenantId(String tenantId) {
            $.tenantId = Output.of(tenantId);
            return this;
        }

        public Builder region(String region) {
            $.region = Output.of(region);
            return this;
        }

        public Builder userDomainName(String userDomainName) {
            $.userDomainName = Output.of(userDomainName);
            return this;
        }

        public Builder projectDomainName(String projectDomainName) {
            $.projectDomainName = Output.of(projectDomainName);
            return this;
        }

        public OpenstackProviderArgs build() {
            return $;
        }
    }
}
