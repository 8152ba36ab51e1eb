package dev.pont.sandbox.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A workspace that records every call in order instead of running the Pulumi CLI. */
final class FakeWorkspace implements SandboxWorkspace, SandboxWorkspace.Factory {
    final List<String> calls = new ArrayList<>();
    final List<WorkspaceSpec> opened = new ArrayList<>();
    final Map<String, String> config = new LinkedHashMap<>();
    Map<String, Object> outputs = Map.of("pontStack", "starter");
    Runnable duringUp = () -> {};
    RuntimeException upFails;

    @Override
    public SandboxWorkspace open(WorkspaceSpec spec) {
        opened.add(spec);
        calls.add("open " + spec.stackName() + (spec.create() ? " (create)" : ""));
        return this;
    }

    @Override
    public void setConfig(String key, String value, boolean secret) {
        config.put(key, secret ? "[secret]" : value);
        calls.add("config " + key);
    }

    @Override
    public void up() {
        calls.add("up");
        duringUp.run();
        if (upFails != null) {
            throw upFails;
        }
    }

    @Override
    public Map<String, Object> outputs() {
        calls.add("outputs");
        return outputs;
    }

    @Override
    public void destroy() {
        calls.add("destroy");
    }

    @Override
    public void removeStack() {
        calls.add("rm");
    }

    @Override
    public String cliVersion() {
        return "3.0.0-fake";
    }

    @Override
    public void close() {
        calls.add("close");
    }
}
