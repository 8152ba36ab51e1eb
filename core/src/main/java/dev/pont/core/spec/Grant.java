package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Access a service identity has on one resource of the same stack. */
public record Grant(String resource, Access access) {

    /** Least privilege first: read data; write (and read) data; administer the resource. */
    public enum Access {
        READ, WRITE, ADMIN;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Access of(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    public Grant {
        Checks.name("grant resource", resource);
        Checks.notNull("grant on '" + resource + "' access", access);
    }

    public static Grant read(String resource) {
        return new Grant(resource, Access.READ);
    }

    public static Grant write(String resource) {
        return new Grant(resource, Access.WRITE);
    }

    public static Grant admin(String resource) {
        return new Grant(resource, Access.ADMIN);
    }
}
