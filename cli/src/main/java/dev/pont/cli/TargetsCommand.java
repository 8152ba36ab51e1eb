package dev.pont.cli;

import dev.pont.core.adapter.TargetInfo;
import dev.pont.stacks.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "targets", mixinStandardHelpOptions = true, description = "List the clouds stacks can be previewed on.")
final class TargetsCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (String id : Targets.ids()) {
            TargetInfo info = Targets.create(id).info();
            out.printf("%-10s %-22s %s%n", id, info.displayName(), String.join(", ", info.pulumiPackages()));
        }
        return 0;
    }
}
