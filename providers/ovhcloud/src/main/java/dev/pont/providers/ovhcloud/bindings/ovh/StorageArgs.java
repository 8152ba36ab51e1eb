package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link Storage}. */
public final class StorageArgs extends ResourceArgs {
    public static final StorageArgs Empty = new StorageArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "regionName", required = true)
    private Output<String> regionName;

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "encryption")
    private Output<StorageEncryptionArgs> encryption;

    @Import(name = "versioning")
    private Output<StorageVersioningArgs> versioning;

    @Import(name = "objectLock")
    private Output<StorageObjectLockArgs> objectLock;

    @Import(name = "hideObjects")
    private Output<Boolean> hideObjects;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Output<String> regionName() {
        return this.regionName;
    }

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Optional<Output<StorageEncryptionArgs>> encryption() {
        return Optional.ofNullable(this.encryption);
    }

    public Optional<Output<StorageVersioningArgs>> versioning() {
        return Optional.ofNullable(this.versioning);
    }

    public Optional<Output<StorageObjectLockArgs>> objectLock() {
        return Optional.ofNullable(this.objectLock);
    }

    public Optional<Output<Boolean>> hideObjects() {
        return Optional.ofNullable(this.hideObjects);
    }

    private StorageArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final StorageArgs $ = new StorageArgs();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder regionName(Output<String> regionName) {
            $.regionName = regionName;
            return this;
        }

        public Builder regionName(String regionName) {
            return regionName(Output.of(regionName));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder encryption(Output<StorageEncryptionArgs> encryption) {
            $.encryption = encryption;
            return this;
        }

        public Builder encryption(StorageEncryptionArgs encryption) {
            return encryption(Output.of(encryption));
        }

        public Builder versioning(Output<StorageVersioningArgs> versioning) {
            $.versioning = versioning;
            return this;
        }

        public Builder versioning(StorageVersioningArgs versioning) {
            return versioning(Output.of(versioning));
        }

        public Builder objectLock(Output<StorageObjectLockArgs> objectLock) {
            $.objectLock = objectLock;
            return this;
        }

        public Builder objectLock(StorageObjectLockArgs objectLock) {
            return objectLock(Output.of(objectLock));
        }

        public Builder hideObjects(Output<Boolean> hideObjects) {
            $.hideObjects = hideObjects;
            return this;
        }

        public Builder hideObjects(Boolean hideObjects) {
            return hideObjects(Output.of(hideObjects));
        }

        public StorageArgs build() {
            if ($.regionName == null) {
                throw new MissingRequiredPropertyException("StorageArgs", "regionName");
            }
            return $;
        }
    }
}
