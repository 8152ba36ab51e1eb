package dev.pont.providers.s3ns.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cloud SQL instances as databases (cloud.google.com/sql/docs).
 *
 * <ul>
 * <li>Version: {@code POSTGRES_16} reads {@code 16}, {@code MYSQL_8_0} reads {@code 8.0},
 *     {@code SQLSERVER_2022_STANDARD} reads {@code 2022}.</li>
 * <li>Size: custom tiers {@code db-custom-<vCPU>-<MiB>} state vCPU and memory; predefined and
 *     shared-core tiers are not in this table and state neither.</li>
 * <li>Storage: {@code settings.diskSize} GB, 10 when unset (the API default).</li>
 * <li>HA: {@code availabilityType REGIONAL} (a standby in another zone); {@code ZONAL} or unset is not.</li>
 * <li>Backups: automated backups are daily, so {@code retainedBackups} with unit {@code COUNT}
 *     (7 when unset) is the retention in days; backups disabled state 0.</li>
 * <li>Exposure: a public IPv4 address exists unless {@code ipv4Enabled} is false (it defaults to
 *     true); {@code privateNetwork} gives a private IP in the network (private services access).</li>
 * <li>Transport: {@code requireSsl} or an {@code sslMode} other than {@code ALLOW_UNENCRYPTED_AND_ENCRYPTED}
 *     refuses unencrypted connections (stated as {@code httpsOnly}, as for the other clouds' databases).
 *     A TLS minimum is stated only when a database flag sets one.</li>
 * <li>Encryption at rest always; customer custody with {@code encryptionKeyName}.</li>
 * </ul>
 */
final class DatabaseFacts {
    static final String INSTANCE = "gcp:sql/databaseInstance:DatabaseInstance";
    private static final String ROLE = ResourceKind.DATABASE.role();
    private static final Pattern CUSTOM_TIER = Pattern.compile("^db-custom-(\\d+)-(\\d+)$");
    private static final Pattern VERSION = Pattern.compile("^(?:POSTGRES|MYSQL|SQLSERVER)_(\\d+)(?:_(\\d+))?.*$");

    private DatabaseFacts() {}

    static void register(Rules rules) {
        rules.onInPlan(INSTANCE, ROLE, DatabaseFacts::instance)
                .on("gcp:sql/database:Database", ROLE, r -> props())
                .on("gcp:sql/user:User", GcpFacts.IDENTITY_BINDING, r -> props())
                .on("gcp:sql/sslCert:SslCert", GcpFacts.IDENTITY_BINDING, r -> props());
    }

    static Rules.Props instance(PlannedResource r, Plan plan) {
        Rules.Props p = props()
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.KEY_CUSTODY, KeyFacts.custody(plan, Gcp.str(r, "encryptionKeyName")))
                .put(Property.VERSION, version(Gcp.str(r, "databaseVersion")))
                .put(Property.LOCATION, Gcp.region(Gcp.str(r, "region")));
        Matcher tier = CUSTOM_TIER.matcher(String.valueOf(Gcp.str(r, "settings.tier")));
        if (tier.matches()) {
            p.put(Property.VCPU, Integer.valueOf(tier.group(1)));
            double gib = Integer.parseInt(tier.group(2)) / 1024.0;
            p.put(Property.MEMORY_GIB, gib == Math.rint(gib) ? (Object) (int) gib : (Object) gib);
        }
        Integer disk = Gcp.integer(r, "settings.diskSize");
        p.put(Property.SIZE_GIB, disk == null ? 10 : disk);
        p.put(Property.HIGH_AVAILABILITY, "REGIONAL".equals(Gcp.str(r, "settings.availabilityType")));
        p.put(Property.BACKUP_RETENTION_DAYS, backupDays(r));
        // Without a location Cloud SQL picks a multi-region for backups, which S3NS does not document: left unstated.
        p.put(Property.BACKUP_LOCATION, Gcp.str(r, "settings.backupConfiguration.location"));
        boolean publicIp = !Boolean.FALSE.equals(Gcp.bool(r, "settings.ipConfiguration.ipv4Enabled"));
        p.put(Property.PUBLIC_ENDPOINT, publicIp);
        if (publicIp) {
            p.put(Property.ALLOWED_CIDRS, Gcp.maps(r, "settings.ipConfiguration.authorizedNetworks").stream()
                    .map(n -> Gcp.str(n, "value")).filter(java.util.Objects::nonNull).sorted().distinct().toList());
        }
        p.put(Property.PRIVATE_ENDPOINT, Gcp.str(r, "settings.ipConfiguration.privateNetwork") != null
                || Gcp.at(r, "settings.ipConfiguration.pscConfigs") != null);
        p.put(Property.HTTPS_ONLY, encryptedOnly(r));
        p.put(Property.TLS_MINIMUM, tlsFlag(r));
        return p;
    }

    static String version(String databaseVersion) {
        if (databaseVersion == null) {
            return null;
        }
        Matcher m = VERSION.matcher(databaseVersion.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        boolean sqlServer = databaseVersion.toUpperCase(Locale.ROOT).startsWith("SQLSERVER");
        return m.group(2) == null || sqlServer ? m.group(1) : m.group(1) + "." + m.group(2);
    }

    private static Integer backupDays(PlannedResource r) {
        if (!Boolean.TRUE.equals(Gcp.bool(r, "settings.backupConfiguration.enabled"))) {
            return 0;
        }
        String unit = Gcp.str(r, "settings.backupConfiguration.backupRetentionSettings.retentionUnit");
        if (unit != null && !unit.equals("COUNT")) {
            return null;
        }
        Integer count = Gcp.integer(r, "settings.backupConfiguration.backupRetentionSettings.retainedBackups");
        return count == null ? 7 : count;
    }

    private static boolean encryptedOnly(PlannedResource r) {
        String mode = Gcp.str(r, "settings.ipConfiguration.sslMode");
        if (mode != null) {
            return !mode.equals("ALLOW_UNENCRYPTED_AND_ENCRYPTED");
        }
        return Boolean.TRUE.equals(Gcp.bool(r, "settings.ipConfiguration.requireSsl"));
    }

    /** A TLS floor a database flag sets: PostgreSQL {@code ssl_min_protocol_version}, MySQL {@code tls_version} (lowest listed). */
    private static Double tlsFlag(PlannedResource r) {
        for (Map<String, Object> flag : Gcp.maps(r, "settings.databaseFlags")) {
            String name = Gcp.str(flag, "name");
            String value = Gcp.str(flag, "value");
            if (value == null) {
                continue;
            }
            if ("ssl_min_protocol_version".equals(name) || "tls_version".equals(name)) {
                return List.of(value.split(",")).stream().map(v -> v.trim().replaceAll("(?i)^tlsv?", ""))
                        .filter(v -> v.matches("1(\\.[0-3])?")).map(Double::valueOf).min(Double::compare).orElse(null);
            }
        }
        return null;
    }
}
