package dev.pont.providers.ovhcloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the live probes connect to a Public Cloud Databases service: never its password. */
class DatabaseConnectionTest {
    static DatabaseEndpoint endpoint(String uri) {
        return new DatabaseEndpoint.Builder().component("postgresql").domain("postgresql-ab12.database.cloud.ovh.net").port(20184)
                .uri(uri).build();
    }

    @Test
    void theUriNamesDatabaseAndUserAndItsPasswordIsDropped() {
        var c = DatabaseAccess.connection(List.of(endpoint("postgresql://avnadmin:s3cr3t@postgresql-ab12.database.cloud.ovh.net:20184/catalogdb?sslmode=require")));
        assertThat(c).isEqualTo(new DatabaseAccess.Connection("postgresql-ab12.database.cloud.ovh.net", 20184, "catalogdb", "avnadmin"));
        assertThat(c.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void withoutUserInfoOrPathTheDefaultsHold() {
        assertThat(DatabaseAccess.connection(List.of(endpoint("postgresql://postgresql-ab12.database.cloud.ovh.net:20184"))))
                .isEqualTo(new DatabaseAccess.Connection("postgresql-ab12.database.cloud.ovh.net", 20184, "defaultdb", ""));
        assertThat(DatabaseAccess.connection(List.of(endpoint("not a uri %%")))).extracting(DatabaseAccess.Connection::database).isEqualTo("defaultdb");
        assertThat(DatabaseAccess.connection(List.of())).extracting(DatabaseAccess.Connection::host).isEqualTo("");
    }
}
