package dev.pont.providers.outscale;

import dev.pont.core.spec.Cidr;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cloud-init user data Pont gives Outscale VMs, Base64-encoded as the OUTSCALE API expects.
 * It creates the admin user with the SSH key (the OMI's default user is not created), and for a
 * database VM mounts the data volume and installs PostgreSQL. Untested on Outscale OMIs.
 */
final class CloudInit {
    private CloudInit() {}

    static String adminUser(String user, String sshPublicKey) {
        return base64(header(user, sshPublicKey));
    }

    /**
     * PostgreSQL {@code version} from the PGDG repository, its data on {@code device}, TLS on
     * (the distribution's self-signed certificate), password logins over TLS from {@code clients} only.
     */
    static String postgres(String version, String device, List<Cidr> clients, String user, String sshPublicKey) {
        String hba = clients.stream()
                .map(c -> "hostssl all all " + c + " scram-sha-256")
                .collect(Collectors.joining("\\n"));
        String conf = "/etc/postgresql/" + version + "/main";
        String script = String.join("\n",
                header(user, sshPublicKey).stripTrailing(),
                "runcmd:",
                "  - for i in $(seq 120); do [ -b " + device + " ] && break; sleep 5; done",
                "  - blkid " + device + " || mkfs.ext4 -L pgdata " + device,
                "  - mkdir -p /var/lib/postgresql && echo 'LABEL=pgdata /var/lib/postgresql ext4 defaults,nofail 0 2' >> /etc/fstab && mount -a",
                "  - apt-get update && apt-get install -y postgresql-common",
                "  - /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y",
                "  - apt-get install -y postgresql-" + version,
                "  - sed -i \"s/^#\\?listen_addresses.*/listen_addresses = '*'/; s/^#\\?ssl = .*/ssl = on/\" " + conf + "/postgresql.conf",
                "  - printf '" + hba + "\\n' >> " + conf + "/pg_hba.conf",
                "  - systemctl restart postgresql",
                "");
        return base64(script);
    }

    private static String header(String user, String sshPublicKey) {
        String key = sshPublicKey == null ? "" : "    ssh_authorized_keys:\n      - '" + sshPublicKey.strip().replace("'", "''") + "'\n";
        return "#cloud-config\n"
                + "users:\n"
                + "  - name: " + user + "\n"
                + "    groups: [sudo]\n"
                + "    shell: /bin/bash\n"
                + "    sudo: 'ALL=(ALL) NOPASSWD:ALL'\n"
                + key
                + "ssh_pwauth: false\n"
                + "disable_root: true\n";
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
