package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inputs of {@code outscale:index/oksCluster:OksCluster}. */
public final class OksClusterArgs extends ResourceArgs {
    public static final OksClusterArgs Empty = new OksClusterArgs();

    /** The OKS project. */
    @Import(name = "projectId", required = true)
    private Output<String> projectId;

    /** The Kubernetes version. */
    @Import(name = "version", required = true)
    private Output<String> version;

    /** CIDRs or IPs allowed to reach the Kubernetes API. */
    @Import(name = "adminWhitelists", required = true)
    private Output<List<String>> adminWhitelists;

    /** The pods' CIDR. */
    @Import(name = "cidrPods", required = true)
    private Output<String> cidrPods;

    /** The services' CIDR. */
    @Import(name = "cidrService", required = true)
    private Output<String> cidrService;

    /** A unique name in the project. */
    @Import(name = "name")
    private Output<String> name;

    /** Control plane size, e.g. cp.3.masters.small (default). */
    @Import(name = "controlPlanes")
    private Output<String> controlPlanes;

    /** Spread the control plane over Subregions. */
    @Import(name = "cpMultiAz")
    private Output<Boolean> cpMultiAz;

    /** Subregions of the control plane. */
    @Import(name = "cpSubregions")
    private Output<List<String>> cpSubregions;

    /** A description. */
    @Import(name = "description")
    private Output<String> description;

    /** If true, the cluster cannot be deleted through the API. */
    @Import(name = "disableApiTermination")
    private Output<Boolean> disableApiTermination;

    /** Tags. */
    @Import(name = "tags")
    private Output<Map<String, String>> tags;

    public Output<String> projectId() {
        return this.projectId;
    }

    public Output<String> version() {
        return this.version;
    }

    public Output<List<String>> adminWhitelists() {
        return this.adminWhitelists;
    }

    public Output<String> cidrPods() {
        return this.cidrPods;
    }

    public Output<String> cidrService() {
        return this.cidrService;
    }

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Optional<Output<String>> controlPlanes() {
        return Optional.ofNullable(this.controlPlanes);
    }

    public Optional<Output<Boolean>> cpMultiAz() {
        return Optional.ofNullable(this.cpMultiAz);
    }

    public Optional<Output<List<String>>> cpSubregions() {
        return Optional.ofNullable(this.cpSubregions);
    }

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    public Optional<Output<Boolean>> disableApiTermination() {
        return Optional.ofNullable(this.disableApiTermination);
    }

    public Optional<Output<Map<String, String>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private OksClusterArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OksClusterArgs $ = new OksClusterArgs();

        public Builder projectId(Output<String> projectId) {
            $.projectId = projectId;
            return this;
        }

        public Builder projectId(String projectId) {
            return projectId(Output.of(projectId));
        }

        public Builder version(Output<String> version) {
            $.version = version;
            return this;
        }

        public Builder version(String version) {
            return version(Output.of(version));
        }

        public Builder adminWhitelists(Output<List<String>> adminWhitelists) {
            $.adminWhitelists = adminWhitelists;
            return this;
        }

        public Builder adminWhitelists(List<String> adminWhitelists) {
            return adminWhitelists(Output.of(adminWhitelists));
        }

        public Builder adminWhitelists(String... adminWhitelists) {
            return adminWhitelists(List.of(adminWhitelists));
        }

        public Builder cidrPods(Output<String> cidrPods) {
            $.cidrPods = cidrPods;
            return this;
        }

        public Builder cidrPods(String cidrPods) {
            return cidrPods(Output.of(cidrPods));
        }

        public Builder cidrService(Output<String> cidrService) {
            $.cidrService = cidrService;
            return this;
        }

        public Builder cidrService(String cidrService) {
            return cidrService(Output.of(cidrService));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder controlPlanes(Output<String> controlPlanes) {
            $.controlPlanes = controlPlanes;
            return this;
        }

        public Builder controlPlanes(String controlPlanes) {
            return controlPlanes(Output.of(controlPlanes));
        }

        public Builder cpMultiAz(Output<Boolean> cpMultiAz) {
            $.cpMultiAz = cpMultiAz;
            return this;
        }

        public Builder cpMultiAz(Boolean cpMultiAz) {
            return cpMultiAz(Output.of(cpMultiAz));
        }

        public Builder cpSubregions(Output<List<String>> cpSubregions) {
            $.cpSubregions = cpSubregions;
            return this;
        }

        public Builder cpSubregions(List<String> cpSubregions) {
            return cpSubregions(Output.of(cpSubregions));
        }

        public Builder cpSubregions(String... cpSubregions) {
            return cpSubregions(List.of(cpSubregions));
        }

        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder disableApiTermination(Output<Boolean> disableApiTermination) {
            $.disableApiTermination = disableApiTermination;
            return this;
        }

        public Builder disableApiTermination(Boolean disableApiTermination) {
            return disableApiTermination(Output.of(disableApiTermination));
        }

        public Builder tags(Output<Map<String, String>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(Map<String, String> tags) {
            return tags(Output.of(tags));
        }

        public OksClusterArgs build() {
            if ($.projectId == null) {
                throw new MissingRequiredPropertyException("OksClusterArgs", "projectId");
            }
            if ($.version == null) {
                throw new MissingRequiredPropertyException("OksClusterArgs", "version");
            }
            if ($.adminWhitelists == null) {
                throw new MissingRequiredPropertyException("OksClusterArgs", "adminWhitelists");
            }
            if ($.cidrPods == null) {
                throw new MissingRequiredPropertyException("OksClusterArgs", "cidrPods");
            }
            if ($.cidrService == null) {
                throw new MissingRequiredPropertyException("OksClusterArgs", "cidrService");
            }
            return $;
        }
    }
}
