package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@code outscale:index/vm:Vm}. */
public final class VmArgs extends ResourceArgs {
    public static final VmArgs Empty = new VmArgs();

    /** The OMI the VM boots from. */
    @Import(name = "imageId", required = true)
    private Output<String> imageId;

    /** The VM type, e.g. tinav7.c2r8p2 (t2.small by default). */
    @Import(name = "vmType")
    private Output<String> vmType;

    /** The keypair whose public key is installed. */
    @Import(name = "keypairName")
    private Output<String> keypairName;

    /** The Subnet of the VM. */
    @Import(name = "subnetId")
    private Output<String> subnetId;

    /** The security groups of the VM. */
    @Import(name = "securityGroupIds")
    private Output<List<String>> securityGroupIds;

    /** The Subregion of the VM. */
    @Import(name = "placementSubregionName")
    private Output<String> placementSubregionName;

    /** Block device mappings, the root volume included. */
    @Import(name = "blockDeviceMappings")
    private Output<List<VmBlockDeviceMappingArgs>> blockDeviceMappings;

    /** Data passed to the VM at boot (cloud-init). */
    @Import(name = "userData")
    private Output<String> userData;

    /** If true, the VM cannot be deleted. */
    @Import(name = "deletionProtection")
    private Output<Boolean> deletionProtection;

    /** (Net only) Source/destination check. */
    @Import(name = "isSourceDestChecked")
    private Output<Boolean> isSourceDestChecked;

    /** Tags (key/value pairs) on the resource. */
    @Import(name = "tags")
    private Output<List<TagArgs>> tags;

    public Output<String> imageId() {
        return this.imageId;
    }

    public Optional<Output<String>> vmType() {
        return Optional.ofNullable(this.vmType);
    }

    public Optional<Output<String>> keypairName() {
        return Optional.ofNullable(this.keypairName);
    }

    public Optional<Output<String>> subnetId() {
        return Optional.ofNullable(this.subnetId);
    }

    public Optional<Output<List<String>>> securityGroupIds() {
        return Optional.ofNullable(this.securityGroupIds);
    }

    public Optional<Output<String>> placementSubregionName() {
        return Optional.ofNullable(this.placementSubregionName);
    }

    public Optional<Output<List<VmBlockDeviceMappingArgs>>> blockDeviceMappings() {
        return Optional.ofNullable(this.blockDeviceMappings);
    }

    public Optional<Output<String>> userData() {
        return Optional.ofNullable(this.userData);
    }

    public Optional<Output<Boolean>> deletionProtection() {
        return Optional.ofNullable(this.deletionProtection);
    }

    public Optional<Output<Boolean>> isSourceDestChecked() {
        return Optional.ofNullable(this.isSourceDestChecked);
    }

    public Optional<Output<List<TagArgs>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private VmArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final VmArgs $ = new VmArgs();

        public Builder imageId(Output<String> imageId) {
            $.imageId = imageId;
            return this;
        }

        public Builder imageId(String imageId) {
            return imageId(Output.of(imageId));
        }

        public Builder vmType(Output<String> vmType) {
            $.vmType = vmType;
            return this;
        }

        public Builder vmType(String vmType) {
            return vmType(Output.of(vmType));
        }

        public Builder keypairName(Output<String> keypairName) {
            $.keypairName = keypairName;
            return this;
        }

        public Builder keypairName(String keypairName) {
            return keypairName(Output.of(keypairName));
        }

        public Builder subnetId(Output<String> subnetId) {
            $.subnetId = subnetId;
            return this;
        }

        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
        }

        public Builder securityGroupIds(Output<List<String>> securityGroupIds) {
            $.securityGroupIds = securityGroupIds;
            return this;
        }

        public Builder securityGroupIds(List<String> securityGroupIds) {
            return securityGroupIds(Output.of(securityGroupIds));
        }

        public Builder securityGroupIds(String... securityGroupIds) {
            return securityGroupIds(List.of(securityGroupIds));
        }

        public Builder placementSubregionName(Output<String> placementSubregionName) {
            $.placementSubregionName = placementSubregionName;
            return this;
        }

        public Builder placementSubregionName(String placementSubregionName) {
            return placementSubregionName(Output.of(placementSubregionName));
        }

        public Builder blockDeviceMappings(Output<List<VmBlockDeviceMappingArgs>> blockDeviceMappings) {
            $.blockDeviceMappings = blockDeviceMappings;
            return this;
        }

        public Builder blockDeviceMappings(List<VmBlockDeviceMappingArgs> blockDeviceMappings) {
            return blockDeviceMappings(Output.of(blockDeviceMappings));
        }

        public Builder blockDeviceMappings(VmBlockDeviceMappingArgs... blockDeviceMappings) {
            return blockDeviceMappings(List.of(blockDeviceMappings));
        }

        public Builder userData(Output<String> userData) {
            $.userData = userData;
            return this;
        }

        public Builder userData(String userData) {
            return userData(Output.of(userData));
        }

        public Builder deletionProtection(Output<Boolean> deletionProtection) {
            $.deletionProtection = deletionProtection;
            return this;
        }

        public Builder deletionProtection(Boolean deletionProtection) {
            return deletionProtection(Output.of(deletionProtection));
        }

        public Builder isSourceDestChecked(Output<Boolean> isSourceDestChecked) {
            $.isSourceDestChecked = isSourceDestChecked;
            return this;
        }

        public Builder isSourceDestChecked(Boolean isSourceDestChecked) {
            return isSourceDestChecked(Output.of(isSourceDestChecked));
        }

        public Builder tags(Output<List<TagArgs>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(List<TagArgs> tags) {
            return tags(Output.of(tags));
        }

        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        public VmArgs build() {
            if ($.imageId == null) {
                throw new MissingRequiredPropertyException("VmArgs", "imageId");
            }
            return $;
        }
    }
}
