package dev.pont.providers.ovhcloud;

/**
 * The cloud-init user data of an instance: the one admin user the spec names, with the SSH public
 * key from stack config, sudo, and no password login. The image's default user is not created.
 */
final class CloudInit {
    private CloudInit() {}

    static String adminUser(String user, String sshPublicKey) {
        String key = sshPublicKey.strip();
        if (key.contains("\n") || key.contains("'")) {
            throw new dev.pont.core.PontException("the admin SSH public key for '" + user
                    + "' must be one line without quotes (e.g. 'ssh-ed25519 AAAA... ops@example'): fix the stack config value");
        }
        return String.join("\n",
                "#cloud-config",
                "users:",
                "  - name: " + user,
                "    groups: [sudo]",
                "    shell: /bin/bash",
                "    sudo: ALL=(ALL) NOPASSWD:ALL",
                "    lock_passwd: true",
                "    ssh_authorized_keys:",
                "      - '" + key + "'",
                "disable_root: true",
                "ssh_pwauth: false",
                "");
    }
}
