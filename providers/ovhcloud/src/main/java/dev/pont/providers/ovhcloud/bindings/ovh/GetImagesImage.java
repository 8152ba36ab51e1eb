package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.annotations.CustomType;

/** One image in {@link GetImagesResult}. */
@CustomType
public final class GetImagesImage {
    private String id;
    private String name;
    private String region;
    private String status;

    private GetImagesImage() {
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public String status() {
        return status;
    }

    @CustomType.Builder
    public static final class Builder {
        private final GetImagesImage $ = new GetImagesImage();

        @CustomType.Setter("id")
        public Builder id(String id) {
            $.id = id;
            return this;
        }

        @CustomType.Setter("name")
        public Builder name(String name) {
            $.name = name;
            return this;
        }

        @CustomType.Setter("region")
        public Builder region(String region) {
            $.region = region;
            return this;
        }

        @CustomType.Setter("status")
        public Builder status(String status) {
            $.status = status;
            return this;
        }

        public GetImagesImage build() {
            return $;
        }
    }
}
