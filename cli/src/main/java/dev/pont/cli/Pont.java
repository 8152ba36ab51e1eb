package dev.pont.cli;

import dev.pont.core.PontException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code pont} command. Exit codes: 0 success, 1 findings or failures, 2 usage or input error.
 * Errors are one line on stderr; the stack trace only with {@code --verbose}.
 */
@Command(name = "pont", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Provider-neutral stacks, previewed offline on Azure and SecNumCloud clouds.",
        subcommands = {PreviewCommand.class, ConformanceCommand.class, DiffCommand.class, CheckCommand.class, AuditCommand.class, StacksCommand.class, TargetsCommand.class,
                CommandLine.HelpCommand.class})
public final class Pont implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Today's date for waiver expiry; tests pass a fixed clock. */
    java.time.Clock clock = java.time.Clock.systemUTC();

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code (used by main and by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, java.time.Clock.systemUTC(), SandboxCommand.Environment.system());
    }

    /** Like {@link #run(String[], PrintWriter, PrintWriter)}, with the clock that says what day it is. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, java.time.Clock clock) {
        return run(args, out, err, clock, SandboxCommand.Environment.system());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with what {@code pont sandbox} reaches outside the JVM given. */
    static int run(String[] args, PrintWriter out, PrintWriter err, SandboxCommand.Environment sandbox) {
        return run(args, out, err, java.time.Clock.systemUTC(), sandbox);
    }

    /** The clock and what {@code pont sandbox} reaches outside the JVM, both given. */
    static int run(String[] args, PrintWriter out, PrintWriter err, java.time.Clock clock, SandboxCommand.Environment sandbox) {
        Pont root = new Pont();
        root.clock = clock;
        CommandLine cli = new CommandLine(root);
        cli.addSubcommand(new SandboxCommand(sandbox));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (root.verbose) {
                e.printStackTrace(err);
            }
            if (e instanceof PontException p) {
                err.println("pont: " + p.getMessage());
                return p.exitCode();
            }
            err.println("pont: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (root.verbose ? "" : " (run with --verbose for the stack trace)"));
            return PontException.FINDINGS;
        });
        return cli.execute(args);
    }
}
