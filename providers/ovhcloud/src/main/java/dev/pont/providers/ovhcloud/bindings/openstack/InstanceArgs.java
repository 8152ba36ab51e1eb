package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inputs of {@link Instance}. */
public final class InstanceArgs extends ResourceArgs {
    public static final InstanceArgs Empty = new InstanceArgs();

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "region")
    private Output<String> region;

    @Import(name = "availabilityZone")
    private Output<String> availabilityZone;

    @Import(name = "flavorName")
    private Output<String> flavorName;

    @Import(name = "blockDevices")
    private Output<List<InstanceBlockDeviceArgs>> blockDevices;

    @Import(name = "networks")
    private Output<List<InstanceNetworkArgs>> networks;

    @Import(name = "userData")
    private Output<String> userData;

    @Import(name = "metadata")
    private Output<Map<String, String>> metadata;

    @Import(name = "tags")
    private Output<List<String>> tags;

    @Import(name = "configDrive")
    private Output<Boolean> configDrive;

    @Import(name = "stopBeforeDestroy")
    private Output<Boolean> stopBeforeDestroy;

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    public Optional<Output<String>> availabilityZone() {
        return Optional.ofNullable(this.availabilityZone);
    }

    public Optional<Output<String>> flavorName() {
        return Optional.ofNullable(this.flavorName);
    }

    public Optional<Output<List<InstanceBlockDeviceArgs>>> blockDevices() {
        return Optional.ofNullable(this.blockDevices);
    }

    public Optional<Output<List<InstanceNetworkArgs>>> networks() {
        return Optional.ofNullable(this.networks);
    }

    public Optional<Output<String>> userData() {
        return Optional.ofNullable(this.userData);
    }

    public Optional<Output<Map<String, String>>> metadata() {
        return Optional.ofNullable(this.metadata);
    }

    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    public Optional<Output<Boolean>> configDrive() {
        return Optional.ofNullable(this.configDrive);
    }

    public Optional<Output<Boolean>> stopBeforeDestroy() {
        return Optional.ofNullable(this.stopBeforeDestroy);
    }

    private InstanceArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final InstanceArgs $ = new InstanceArgs();

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder availabilityZone(Output<String> availabilityZone) {
            $.availabilityZone = availabilityZone;
            return this;
        }

        public Builder availabilityZone(String availabilityZone) {
            return availabilityZone(Output.of(availabilityZone));
        }

        public Builder flavorName(Output<String> flavorName) {
            $.flavorName = flavorName;
            return this;
        }

        public Builder flavorName(String flavorName) {
            return flavorName(Output.of(flavorName));
        }

        public Builder blockDevices(Output<List<InstanceBlockDeviceArgs>> blockDevices) {
            $.blockDevices = blockDevices;
            return this;
        }

        public Builder blockDevices(List<InstanceBlockDeviceArgs> blockDevices) {
            return blockDevices(Output.of(blockDevices));
        }

        public Builder blockDevices(InstanceBlockDeviceArgs... blockDevices) {
            return blockDevices(List.of(blockDevices));
        }

        public Builder networks(Output<List<InstanceNetworkArgs>> networks) {
            $.networks = networks;
            return this;
        }

        public Builder networks(List<InstanceNetworkArgs> networks) {
            return networks(Output.of(networks));
        }

        public Builder networks(InstanceNetworkArgs... networks) {
            return networks(List.of(networks));
        }

        public Builder userData(Output<String> userData) {
            $.userData = userData;
            return this;
        }

        public Builder userData(String userData) {
            return userData(Output.of(userData));
        }

        public Builder metadata(Output<Map<String, String>> metadata) {
            $.metadata = metadata;
            return this;
        }

        public Builder metadata(Map<String, String> metadata) {
            return metadata(Output.of(metadata));
        }

        public Builder tags(Output<List<String>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(List<String> tags) {
            return tags(Output.of(tags));
        }

        public Builder tags(String... tags) {
            return tags(List.of(tags));
        }

        public Builder configDrive(Output<Boolean> configDrive) {
            $.configDrive = configDrive;
            return this;
        }

        public Builder configDrive(Boolean configDrive) {
            return configDrive(Output.of(configDrive));
        }

        public Builder stopBeforeDestroy(Output<Boolean> stopBeforeDestroy) {
            $.stopBeforeDestroy = stopBeforeDestroy;
            return this;
        }

        public Builder stopBeforeDestroy(Boolean stopBeforeDestroy) {
            return stopBeforeDestroy(Output.of(stopBeforeDestroy));
        }

        public InstanceArgs build() {
            return $;
        }
    }
}
