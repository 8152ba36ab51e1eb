package dev.pont.sandbox.live;

import com.pulumi.Context;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a sandbox workspace is opened with: the Pulumi project and stack, the state backend
 * (self-managed, e.g. {@code s3://bucket?endpoint=oos.cloudgouv-eu-west-1.outscale.com&s3ForcePathStyle=true}),
 * the secrets provider ({@code passphrase} or {@code hashivault://<key>}), the environment handed to
 * the Pulumi CLI (credentials pass through, never into config) and the in-process program.
 */
public record WorkspaceSpec(String project, String stackName, Path workDir, String backendUrl, String secretsProvider,
                            Map<String, String> environment, boolean create, Consumer<Context> program) {
    public WorkspaceSpec {
        environment = Map.copyOf(environment);
    }

    @Override
    public String toString() {
        return "WorkspaceSpec[" + project + "/" + stackName + ", backend " + backendUrl + ", secrets " + secretsProvider
                + ", environment " + new java.util.TreeSet<>(environment.keySet()) + "]";
    }
}
