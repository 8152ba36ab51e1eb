package dev.pont.sandbox.live;

import java.util.Map;

/** The seam between live mode and the Pulumi CLI: the Automation API in production, a fake in tests. */
public interface SandboxWorkspace extends AutoCloseable {

    void setConfig(String key, String value, boolean secret);

    void up();

    /** The stack's outputs as plain JSON values. */
    Map<String, Object> outputs();

    void destroy();

    void removeStack();

    /** The Pulumi CLI's version, for the evidence bundle. */
    String cliVersion();

    @Override
    void close();

    /** Opens (creates or selects) the workspace a spec describes. */
    interface Factory {
        SandboxWorkspace open(WorkspaceSpec spec);
    }
}
