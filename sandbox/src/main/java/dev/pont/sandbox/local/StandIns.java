package dev.pont.sandbox.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The local stand-ins for the probe tests, started on demand: when none answers, {@code .ci/sandboxes up}
 * installs and starts them (once per JVM) and {@code .ci/sandboxes down} stops them by PID when the JVM
 * exits. Stand-ins someone else started (CI, a developer's {@code .ci/sandboxes up}) are used and left
 * running. {@code -Dpont.sandboxes=off} never starts anything.
 */
public final class StandIns {
    private static Optional<LocalSandboxes> started;
    private static String failure;

    private StandIns() {
    }

    /** The running stand-ins, started here if needed; empty with {@link #failure()} saying why when they cannot run. */
    public static synchronized Optional<LocalSandboxes> ensure(Map<String, String> env, Path root) {
        Optional<LocalSandboxes> found = LocalSandboxes.find(env, root);
        if (found.isPresent() && answers(found.get())) {
            return found;
        }
        if (started != null) {
            return started;
        }
        Path script = root.resolve(".ci/sandboxes");
        if ("off".equals(System.getProperty("pont.sandboxes"))) {
            failure = "-Dpont.sandboxes=off";
            return started = Optional.empty();
        }
        if (!Files.isExecutable(script)) {
            failure = script + " is missing";
            return started = Optional.empty();
        }
        run(script, "down");
        String up = run(script, "up");
        if (up != null) {
            failure = "`.ci/sandboxes up` failed: " + up;
            return started = Optional.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run(script, "down"), "pont-sandboxes-down"));
        started = LocalSandboxes.find(Map.of(), root);
        started.ifPresent(s -> System.err.println("pont: started the local sandboxes for this test run (" + s
                + "); they stop when it ends"));
        if (started.isEmpty()) {
            failure = "`.ci/sandboxes up` wrote no " + LocalSandboxes.ENV_FILE;
        }
        return started;
    }

    /** Why the stand-ins are not running, after {@link #ensure} returned empty. */
    public static synchronized String failure() {
        return failure == null ? "no local sandboxes" : failure;
    }

    /** Whether the stand-ins an env file names still answer (a file can outlive its servers). */
    static boolean answers(LocalSandboxes sandboxes) {
        URI s3 = URI.create(sandboxes.s3Plain());
        return open(s3.getHost(), s3.getPort()) && open(sandboxes.postgresHost(), sandboxes.postgresPort());
    }

    private static boolean open(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs the script; null on success, else the last lines it printed. */
    private static String run(Path script, String verb) {
        try {
            Process process = new ProcessBuilder(script.toString(), verb)
                    .directory(script.getParent().getParent().toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                String[] lines = output.strip().split("\n");
                return lines.length == 0 ? "exit " + process.exitValue() : lines[lines.length - 1];
            }
            return null;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
