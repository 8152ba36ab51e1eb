package dev.pont.sandbox.database;

import dev.pont.core.spec.DatabaseSpec;
import dev.pont.sandbox.probe.ProbeResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The PostgreSQL probe suite: what a {@link DatabaseSpec} promises (TLS required, the asked
 * major version, no login without credentials), checked with the JDBC driver.
 *
 * @param versionGap why the version cannot be checked here (a local stand-in of another major version), or null
 */
public record PostgresProbes(String versionGap) {
    public static final String SERVICE = "database";

    public List<ProbeResult> run(String resource, DatabaseSpec intent, PostgresEndpoint endpoint) {
        List<ProbeResult> results = new ArrayList<>();
        String version;
        try (Connection c = connect(endpoint, "verify-full", endpoint.password())) {
            version = serverVersion(c);
        } catch (SQLException e) {
            String why = "a TLS login with the application's credentials failed: " + firstLine(e);
            results.add(ProbeResult.failed(resource, SERVICE, "tls-login", "a verified TLS login with credentials succeeds", why));
            results.add(ProbeResult.notVerifiable(resource, SERVICE, "version", "PostgreSQL " + intent.version(), why));
            results.add(tlsRequired(resource, endpoint));
            results.add(credentialsRequired(resource, endpoint));
            return results;
        }
        results.add(ProbeResult.passed(resource, SERVICE, "tls-login", "a verified TLS login with credentials succeeds",
                "logged in as " + endpoint.user() + " over TLS (certificate and host verified)"));
        results.add(version(resource, intent, version));
        results.add(tlsRequired(resource, endpoint));
        results.add(credentialsRequired(resource, endpoint));
        return results;
    }

    private ProbeResult version(String resource, DatabaseSpec intent, String serverVersion) {
        String expected = "PostgreSQL " + intent.version();
        String major = serverVersion.split("[.\\s]")[0];
        if (major.equals(intent.version())) {
            return ProbeResult.passed(resource, SERVICE, "version", expected, "server_version " + serverVersion);
        }
        if (versionGap != null) {
            return ProbeResult.notVerifiable(resource, SERVICE, "version", expected, versionGap + " (server_version " + serverVersion + ")");
        }
        return ProbeResult.failed(resource, SERVICE, "version", expected, "server_version " + serverVersion);
    }

    private ProbeResult tlsRequired(String resource, PostgresEndpoint endpoint) {
        String expected = "a login without TLS is refused";
        try (Connection c = connect(endpoint, "disable", endpoint.password())) {
            return ProbeResult.failed(resource, SERVICE, "tls-required", expected, "logged in as " + endpoint.user() + " without TLS");
        } catch (SQLException e) {
            return unreachable(e) ? ProbeResult.failed(resource, SERVICE, "tls-required", expected, "the server could not be reached: " + firstLine(e))
                    : ProbeResult.passed(resource, SERVICE, "tls-required", expected, "refused: " + firstLine(e));
        }
    }

    private ProbeResult credentialsRequired(String resource, PostgresEndpoint endpoint) {
        String expected = "a login without a password is refused";
        try (Connection c = connect(endpoint, "prefer", null)) {
            return ProbeResult.failed(resource, SERVICE, "credentials-required", expected, "logged in as " + endpoint.user() + " without a password");
        } catch (SQLException e) {
            return unreachable(e) ? ProbeResult.failed(resource, SERVICE, "credentials-required", expected, "the server could not be reached: " + firstLine(e))
                    : ProbeResult.passed(resource, SERVICE, "credentials-required", expected, "refused: " + firstLine(e));
        }
    }

    /**
     * The driver could not open a connection at all (SQLSTATE 08001 unable to connect, 08006 connection
     * failure): no server refused anything, so a refusal probe must not pass.
     */
    static boolean unreachable(SQLException e) {
        return "08001".equals(e.getSQLState()) || "08006".equals(e.getSQLState());
    }

    private static Connection connect(PostgresEndpoint e, String sslMode, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", e.user());
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("sslmode", sslMode);
        if (e.tls().caCertificate() != null) {
            p.setProperty("sslrootcert", e.tls().caCertificate().toString());
        } else {
            p.setProperty("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory"); // the JVM's CA certificates
        }
        p.setProperty("connectTimeout", "5");
        p.setProperty("loginTimeout", "10");
        p.setProperty("ApplicationName", "pont-sandbox-probe");
        return DriverManager.getConnection("jdbc:postgresql://" + e.host() + ":" + e.port() + "/" + e.database(), p);
    }

    private static String serverVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            return r.getString(1);
        }
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse("").trim();
    }
}
