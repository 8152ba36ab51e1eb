package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@link Database}. */
public final class DatabaseArgs extends ResourceArgs {
    public static final DatabaseArgs Empty = new DatabaseArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "description")
    private Output<String> description;

    @Import(name = "engine", required = true)
    private Output<String> engine;

    @Import(name = "version", required = true)
    private Output<String> version;

    @Import(name = "plan", required = true)
    private Output<String> plan;

    @Import(name = "flavor", required = true)
    private Output<String> flavor;

    @Import(name = "nodes", required = true)
    private Output<List<DatabaseNodeArgs>> nodes;

    @Import(name = "diskSize")
    private Output<Integer> diskSize;

    @Import(name = "ipRestrictions")
    private Output<List<DatabaseIpRestrictionArgs>> ipRestrictions;

    @Import(name = "backupRegions")
    private Output<List<String>> backupRegions;

    @Import(name = "deletionProtection")
    private Output<Boolean> deletionProtection;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    public Output<String> engine() {
        return this.engine;
    }

    public Output<String> version() {
        return this.version;
    }

    public Output<String> plan() {
        return this.plan;
    }

    public Output<String> flavor() {
        return this.flavor;
    }

    public Output<List<DatabaseNodeArgs>> nodes() {
        return this.nodes;
    }

    public Optional<Output<Integer>> diskSize() {
        return Optional.ofNullable(this.diskSize);
    }

    public Optional<Output<List<DatabaseIpRestrictionArgs>>> ipRestrictions() {
        return Optional.ofNullable(this.ipRestrictions);
    }

    public Optional<Output<List<String>>> backupRegions() {
        return Optional.ofNullable(this.backupRegions);
    }

    public Optional<Output<Boolean>> deletionProtection() {
        return Optional.ofNullable(this.deletionProtection);
    }

    private DatabaseArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DatabaseArgs $ = new DatabaseArgs();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder engine(Output<String> engine) {
            $.engine = engine;
            return this;
        }

        public Builder engine(String engine) {
            return engine(Output.of(engine));
        }

        public Builder version(Output<String> version) {
            $.version = version;
            return this;
        }

        public Builder version(String version) {
            return version(Output.of(version));
        }

        public Builder plan(Output<String> plan) {
            $.plan = plan;
            return this;
        }

        public Builder plan(String plan) {
            return plan(Output.of(plan));
        }

        public Builder flavor(Output<String> flavor) {
            $.flavor = flavor;
            return this;
        }

        public Builder flavor(String flavor) {
            return flavor(Output.of(flavor));
        }

        public Builder nodes(Output<List<DatabaseNodeArgs>> nodes) {
            $.nodes = nodes;
            return this;
        }

        public Builder nodes(List<DatabaseNodeArgs> nodes) {
            return nodes(Output.of(nodes));
        }

        public Builder nodes(DatabaseNodeArgs... nodes) {
            return nodes(List.of(nodes));
        }

        public Builder diskSize(Output<Integer> diskSize) {
            $.diskSize = diskSize;
            return this;
        }

        public Builder diskSize(Integer diskSize) {
            return diskSize(Output.of(diskSize));
        }

        public Builder ipRestrictions(Output<List<DatabaseIpRestrictionArgs>> ipRestrictions) {
            $.ipRestrictions = ipRestrictions;
            return this;
        }

        public Builder ipRestrictions(List<DatabaseIpRestrictionArgs> ipRestrictions) {
            return ipRestrictions(Output.of(ipRestrictions));
        }

        public Builder ipRestrictions(DatabaseIpRestrictionArgs... ipRestrictions) {
            return ipRestrictions(List.of(ipRestrictions));
        }

        public Builder backupRegions(Output<List<String>> backupRegions) {
            $.backupRegions = backupRegions;
            return this;
        }

        public Builder backupRegions(List<String> backupRegions) {
            return backupRegions(Output.of(backupRegions));
        }

        public Builder backupRegions(String... backupRegions) {
            return backupRegions(List.of(backupRegions));
        }

        public Builder deletionProtection(Output<Boolean> deletionProtection) {
            $.deletionProtection = deletionProtection;
            return this;
        }

        public Builder deletionProtection(Boolean deletionProtection) {
            return deletionProtection(Output.of(deletionProtection));
        }

        public DatabaseArgs build() {
            if ($.engine == null) {
                throw new MissingRequiredPropertyException("DatabaseArgs", "engine");
            }
            if ($.version == null) {
                throw new MissingRequiredPropertyException("DatabaseArgs", "version");
            }
            if ($.plan == null) {
                throw new MissingRequiredPropertyException("DatabaseArgs", "plan");
            }
            if ($.flavor == null) {
                throw new MissingRequiredPropertyException("DatabaseArgs", "flavor");
            }
            if ($.nodes == null) {
                throw new MissingRequiredPropertyException("DatabaseArgs", "nodes");
            }
            return $;
        }
    }
}
