package dev.pont.core.adapter;

import java.util.Map;

/**
 * Optional capability: plausible outputs for the offline preview, so that dependent resources
 * resolve (an Azure resource id, an endpoint host name). Returns only the outputs the cloud
 * computes; inputs are echoed by the engine.
 */
public interface PreviewOutputs {
    Map<String, Object> outputs(String type, String name, Map<String, Object> inputs);

    /**
     * The answer to a provider function call (an invoke such as azure-native's
     * {@code getClientConfig}); empty when the adapter makes none.
     */
    default Map<String, Object> invoke(String token, Map<String, Object> args) {
        return Map.of();
    }
}
