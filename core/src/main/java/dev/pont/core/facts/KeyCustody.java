package dev.pont.core.facts;

/** Who holds the key that encrypts data at rest, weakest first. */
public enum KeyCustody {
    PROVIDER("provider"), CUSTOMER("customer"), CUSTOMER_HSM("customer-hsm");

    private final String wire;

    KeyCustody(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static KeyCustody of(String text) {
        for (KeyCustody k : values()) {
            if (k.wire.equals(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown key custody " + text);
    }

    public KeyCustody weaker(KeyCustody other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
