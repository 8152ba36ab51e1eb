package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;

/** Output {@code DatabaseEndpoint} of {@link Database}: one way to connect to the cluster. */
@CustomType
public final class DatabaseEndpoint {
    private String component;
    private String domain;
    private Integer port;
    private String uri;
    private Boolean ssl;
    private String sslMode;

    private DatabaseEndpoint() {
    }

    public Optional<String> component() {
        return Optional.ofNullable(component);
    }

    public Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }

    public Optional<String> uri() {
        return Optional.ofNullable(uri);
    }

    public Optional<Boolean> ssl() {
        return Optional.ofNullable(ssl);
    }

    public Optional<String> sslMode() {
        return Optional.ofNullable(sslMode);
    }

    @CustomType.Builder
    public static final class Builder {
        private final DatabaseEndpoint $ = new DatabaseEndpoint();

        @CustomType.Setter("component")
        public Builder component(String component) {
            $.component = component;
            return this;
        }

        @CustomType.Setter("domain")
        public Builder domain(String domain) {
            $.domain = domain;
            return this;
        }

        @CustomType.Setter("port")
        public Builder port(Integer port) {
            $.port = port;
            return this;
        }

        @CustomType.Setter("uri")
        public Builder uri(String uri) {
            $.uri = uri;
            return this;
        }

        @CustomType.Setter("ssl")
        public Builder ssl(Boolean ssl) {
            $.ssl = ssl;
            return this;
        }

        @CustomType.Setter("sslMode")
        public Builder sslMode(String sslMode) {
            $.sslMode = sslMode;
            return this;
        }

        public DatabaseEndpoint build() {
            return $;
        }
    }
}
