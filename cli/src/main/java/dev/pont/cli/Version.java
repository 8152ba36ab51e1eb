package dev.pont.cli;

import dev.pont.stacks.Targets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** {@code pont --version}: Pont's version and the Pulumi SDK and provider packages it plans for. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Pont.class.getPackage().getImplementationVersion();
        List<String> lines = new ArrayList<>();
        lines.add("pont " + (version == null ? "(development build)" : version));
        lines.add("pulumi java sdk " + com.pulumi.Pulumi.class.getPackage().getImplementationVersion());
        for (String id : Targets.ids()) {
            lines.add(id + ": " + String.join(", ", Targets.create(id).info().pulumiPackages()));
        }
        return lines.toArray(String[]::new);
    }
}
