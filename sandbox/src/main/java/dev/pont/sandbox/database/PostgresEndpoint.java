package dev.pont.sandbox.database;

import dev.pont.sandbox.probe.Tls;

/** Where a PostgreSQL server answers and the login the application uses. The password never appears in {@link #toString()}. */
public record PostgresEndpoint(String host, int port, String database, String user, String password, Tls tls) {
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
