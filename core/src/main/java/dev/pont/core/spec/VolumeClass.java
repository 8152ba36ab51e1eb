package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Performance class of a block volume; catalogs map it to each cloud's volume type. */
public enum VolumeClass {
    STANDARD_HDD("standard-hdd"), BALANCED_SSD("balanced-ssd"), PERFORMANCE_SSD("performance-ssd");

    private final String wire;

    VolumeClass(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static VolumeClass of(String text) {
        for (VolumeClass v : values()) {
            if (v.wire.equals(text)) {
                return v;
            }
        }
        throw new SpecException("unknown volume class '" + text + "': use standard-hdd, balanced-ssd or performance-ssd");
    }

    @Override
    public String toString() {
        return wire;
    }
}
