package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.annotations.CustomType;
import java.util.List;

/** Result of {@link CloudProjectFunctions#getImages}: the images a project can boot in a region. */
@CustomType
public final class GetImagesResult {
    private List<GetImagesImage> images;
    private String region;

    private GetImagesResult() {
    }

    public List<GetImagesImage> images() {
        return images == null ? List.of() : images;
    }

    public String region() {
        return region;
    }

    @CustomType.Builder
    public static final class Builder {
        private final GetImagesResult $ = new GetImagesResult();

        @CustomType.Setter("images")
        public Builder images(List<GetImagesImage> images) {
            $.images = images;
            return this;
        }

        @CustomType.Setter("region")
        public Builder region(String region) {
            $.region = region;
            return this;
        }

        public GetImagesResult build() {
            return $;
        }
    }
}
