package dev.pont.core.audit;

/**
 * One resource of the estate as the audit sees it. {@code role} is a neutral role ({@code object-store}),
 * a supporting role ({@code resource-group}, plumbing a target's adapter recreates), {@code pulumi-internal}
 * (the stack, provider instances), {@code component} (a grouping with no cloud resource) or
 * {@code unmapped} with the {@code reason}. {@code category} says how the score counts it
 * ({@link #COUNTED} categories only); {@code resource} names the inferred neutral resource it belongs to.
 */
public record InventoryItem(String urn, String type, String name, String role, String reason, boolean stateful,
                            boolean portable, String category, String resource) {
    public static final String NEUTRAL = "neutral";
    public static final String PLUMBING = "plumbing";
    public static final String PULUMI = "pulumi-internal";
    public static final String COMPONENT = "component";
    public static final String LOCK_IN = "lock-in";
    public static final String UNKNOWN = "unknown";

    /** Whether the reversibility score counts this resource (neutral resources count through their inferred resource). */
    public boolean unmapped() {
        return category.equals(LOCK_IN) || category.equals(UNKNOWN);
    }
}
