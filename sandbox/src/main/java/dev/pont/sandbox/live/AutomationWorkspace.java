package dev.pont.sandbox.live;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.ConfigValue;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.OutputValue;
import com.pulumi.automation.ProjectBackend;
import com.pulumi.automation.ProjectRuntimeName;
import com.pulumi.automation.ProjectSettings;
import com.pulumi.automation.WorkspaceStack;
import dev.pont.core.PontException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sandbox workspace through the Pulumi Automation API of the Java SDK ({@code com.pulumi.automation}):
 * a {@link LocalWorkspace} running Pont's program in process, with the backend and secrets provider
 * of the {@link WorkspaceSpec}. Needs the {@code pulumi} CLI on the PATH.
 */
public final class AutomationWorkspace implements SandboxWorkspace {
    private final WorkspaceStack stack;

    private AutomationWorkspace(WorkspaceStack stack) {
        this.stack = stack;
    }

    public static SandboxWorkspace open(WorkspaceSpec spec) {
        try {
            LocalWorkspaceOptions options = options(spec);
            WorkspaceStack stack = spec.create()
                    ? LocalWorkspace.createOrSelectStack(spec.project(), spec.stackName(), spec.program(), options)
                    : LocalWorkspace.selectStack(spec.project(), spec.stackName(), spec.program(), options);
            return new AutomationWorkspace(stack);
        } catch (AutomationException e) {
            throw new PontException(PontException.USAGE, "cannot open Pulumi stack " + spec.stackName() + " on " + spec.backendUrl() + ": " + firstLine(e), e);
        }
    }

    /** The Automation API options: the backend both in the project settings and as PULUMI_BACKEND_URL, the secrets provider, the environment. */
    public static LocalWorkspaceOptions options(WorkspaceSpec spec) {
        Map<String, String> env = new HashMap<>(spec.environment());
        env.put("PULUMI_BACKEND_URL", spec.backendUrl());
        return LocalWorkspaceOptions.builder()
                .workDir(spec.workDir())
                .secretsProvider(spec.secretsProvider())
                .environmentVariables(env)
                .projectSettings(ProjectSettings.builder(spec.project(), ProjectRuntimeName.JAVA)
                        .backend(ProjectBackend.builder().url(spec.backendUrl()).build()).build())
                .program(spec.program())
                .build();
    }

    @Override
    public void setConfig(String key, String value, boolean secret) {
        call("set config " + key, () -> stack.setConfig(key, new ConfigValue(value, secret)));
    }

    @Override
    public void up() {
        call("pulumi up", () -> stack.up());
    }

    @Override
    public Map<String, Object> outputs() {
        Map<String, Object> out = new TreeMap<>();
        call("read outputs", () -> {
            for (Map.Entry<String, OutputValue> e : stack.getOutputs().entrySet()) {
                out.put(e.getKey(), e.getValue().value());
            }
        });
        return out;
    }

    @Override
    public void destroy() {
        call("pulumi destroy", () -> stack.destroy());
    }

    @Override
    public void removeStack() {
        call("pulumi stack rm", () -> stack.workspace().removeStack(stack.name()));
    }

    @Override
    public String cliVersion() {
        return stack.workspace() instanceof LocalWorkspace w ? w.pulumiVersion() : "unknown";
    }

    @Override
    public void close() {
        try {
            stack.close();
        } catch (Exception e) {
            // Closing only releases the workspace's temporary files.
        }
    }

    private interface Call {
        void run() throws AutomationException;
    }

    private void call(String what, Call call) {
        try {
            call.run();
        } catch (AutomationException e) {
            throw new PontException(PontException.FINDINGS, stack.name() + ": " + what + " failed: " + firstLine(e), e);
        }
    }

    private static String firstLine(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("").trim();
    }
}
