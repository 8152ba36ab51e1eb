package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.TypeShape;
import com.pulumi.deployment.Deployment;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;

/** The {@code ovh:CloudProject} functions Pont calls. */
public final class CloudProjectFunctions {
    public static final String GET_IMAGES = "ovh:CloudProject/getImages:getImages";

    private CloudProjectFunctions() {}

    /** The images available to the project in a region (filtered by OS type). */
    public static Output<GetImagesResult> getImages(GetImagesArgs args, Resource parent, ProviderResource provider) {
        var options = new InvokeOptions(parent, provider, OvhPackage.VERSION, OvhPackage.PLUGIN_DOWNLOAD_URL);
        return Deployment.getInstance().invoke(GET_IMAGES, TypeShape.of(GetImagesResult.class), args, options);
    }
}
