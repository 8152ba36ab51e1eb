package dev.pont.cli;

import dev.pont.core.platform.PontStack;
import dev.pont.stacks.StackRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "stacks", mixinStandardHelpOptions = true, description = "List the stacks Pont knows.")
final class StacksCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (String name : StackRegistry.names()) {
            PontStack stack = StackRegistry.get(name);
            out.printf("%-14s %2d resources  %s%n", name, stack.model().declarations().size(), stack.description());
        }
        return 0;
    }
}
