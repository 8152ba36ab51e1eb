package dev.pont.core.adapter;

import com.pulumi.core.Output;
import dev.pont.core.spec.Spec;
import java.util.Map;
import java.util.Optional;

/**
 * Optional capability: the data-plane endpoint of an object store or a database the adapter
 * realised, so that live probes can reach it. Core asks once per object store and database,
 * right after the adapter realised it, and exports the answers as the stack output
 * {@value #OUTPUT}. The fields are addresses and names only, built with {@link DataPlaneEndpoint}:
 * never a key, a password or a connection string carrying one.
 */
public interface DataPlaneEndpoints {
    /** The stack output that maps neutral resource names to their endpoint fields. */
    String OUTPUT = "pontEndpoints";

    /**
     * The endpoint fields of the resource just realised as {@code realised} (its handle is the
     * adapter's own); empty when the adapter has none to give for it.
     */
    Optional<Output<Map<String, Object>>> endpoint(Scope scope, Spec spec, Realised realised);
}
