package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A Logs Data Platform stream, with its cold-storage (archive) settings. */
@ResourceType(type = "ovh:Dbaas/logsOutputGraylogStream:LogsOutputGraylogStream")
public class LogsOutputGraylogStream extends CustomResource {
    public static final String TYPE = "ovh:Dbaas/logsOutputGraylogStream:LogsOutputGraylogStream";

    @Export(name = "streamId", refs = {String.class}, tree = "[0]")
    private Output<String> streamId;

    @Export(name = "writeToken", refs = {String.class}, tree = "[0]")
    private Output<String> writeToken;

    public Output<String> streamId() {
        return this.streamId;
    }

    public Output<String> writeToken() {
        return this.writeToken;
    }

    public LogsOutputGraylogStream(String name, LogsOutputGraylogStreamArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options, "writeToken"));
    }
}
