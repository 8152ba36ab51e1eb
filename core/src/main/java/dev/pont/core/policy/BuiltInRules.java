package dev.pont.core.policy;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Regions;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Pont's rules for the configuration-level requirements (CFG-*) and the provider's qualification
 * (SNC-P-QUAL, SNC-P-JURIS, HDS-P-CERT). One principle throughout: a fact that states a violation
 * gives a finding at the profile's severity; a fact no resource states cannot be confirmed and gives
 * a warning at most, never a pass.
 */
public final class BuiltInRules {
    static final String ANSSI = "https://cyber.gouv.fr/";
    static final String ESANTE = "https://esante.gouv.fr/";

    /** Roles that hold data: no public endpoint, encryption at rest, labels. */
    static final Set<String> DATA_SERVICES = Set.of("object-store", "database", "block-volume", "key-vault", "secret", "audit-log");
    /** Roles that store customer data and take a key. */
    static final Set<String> DATA_STORES = Set.of("object-store", "database", "block-volume");
    static final Set<String> ENCRYPTED = Set.of("object-store", "database", "block-volume", "virtual-machine", "secret");
    static final Set<String> ADMIN_PORTS = Set.of("22", "3389", "5432", "3306", "6443", "5985", "5986");

    private BuiltInRules() {}

    static Rule.Info info(String id, String title, String requirement, String rationale, String remediation) {
        return new Rule.Info(id, title, Severity.ERROR, requirement, rationale, remediation,
                requirement.startsWith("HDS") ? ESANTE : ANSSI);
    }

    public static final Rule.Info PROVIDER_JURISDICTION = info("provider-jurisdiction", "Provider immune from extra-EU law", "SNC-P-JURIS",
            "SecNumCloud 3.2 requires the provider to be immune from non-EU law (EU seat, capped non-EU control, no non-EU access to data).",
            "Move the stack to a provider under EU jurisdiction (ovhcloud, outscale, s3ns): pont preview <stack> --target outscale.");
    public static final Rule.Info QUALIFIED_OFFER = info("qualified-offer", "Provider qualified for the profile in this region", "SNC-P-QUAL",
            "Only an offer on ANSSI's list of SecNumCloud-qualified offers (or an HDS-certified host for health data) may hold the data.",
            "Use a region where the provider's offer is qualified (see docs/policy.md, attestations), or confirm the qualification and update attestations.json.");
    public static final Rule.Info QUALIFIED_SCOPE = info("qualified-scope", "Services inside the provider's qualified scope", "CFG-QUALSCOPE",
            "A qualification covers named services: a resource of a service outside that scope is not covered by it.",
            "Replace the service with one inside the qualified scope, or obtain and record the provider's confirmation that it is covered.");
    public static final Rule.Info REGION_ALLOWED = info("region-allowed", "Regions on the allow-list and in the stack's jurisdiction", "CFG-REGION",
            "Data, backups and technical data must stay in allowed French/EU regions.",
            "Pin the stack to an allowed region of the target (Placement.region(target, region)) inside its jurisdiction.");
    public static final Rule.Info ENCRYPTION_AT_REST = info("encryption-at-rest", "Encryption at rest", "CFG-ENC-REST",
            "Disks, buckets, databases, secrets and their snapshots must be encrypted at rest.",
            "Enable encryption at rest on the resource (encryptedWith a key of a key vault).");
    public static final Rule.Info CUSTOMER_MANAGED_KEYS = info("customer-managed-keys", "Customer-managed keys rotated at least yearly", "CFG-CMK",
            "Sensitive stores are encrypted with keys the customer manages in the same jurisdiction, rotated at least every 365 days.",
            "Encrypt the store with a key of the stack's key vault (encryptedWith) and set the key's rotation to 365 days or less.");
    public static final Rule.Info KEY_CUSTODY = info("key-custody", "Keys HSM-backed and protected from purge", "CFG-KEY-CUSTODY",
            "Keys must be non-exportable, HSM-backed where required, and not destroyable by a data administrator.",
            "Use an HSM-backed key (KeySpec.hsm()) in a vault with purge protection.");
    public static final Rule.Info TLS_MINIMUM = info("tls-minimum", "TLS 1.2 or later only", "CFG-ENC-TRANSIT",
            "Data in transit must use TLS 1.2 or later; plain HTTP and older TLS versions are refused.",
            "Set the minimum TLS version to 1.2 and require HTTPS/SSL on the service.");
    public static final Rule.Info NO_PUBLIC_DATA_ENDPOINT = info("no-public-data-endpoint", "No public endpoint on data services", "CFG-NET-ISO",
            "A data service reachable from the internet is one leaked credential away from a breach.",
            "Give the resource a private exposure (Exposure.privateIn(subnet)) and disable its public network access.");
    public static final Rule.Info PRIVATE_ENDPOINT = info("private-endpoint", "Data stores reached through private endpoints", "CFG-PRIV-ENDPOINT",
            "Data stores are reached only through private endpoints or private networks.",
            "Expose the store privately in a subnet of the stack (Exposure.privateIn(subnet)).");
    public static final Rule.Info FIREWALL_DENY_BY_DEFAULT = info("firewall-deny-by-default", "Deny-by-default firewalls", "CFG-NET-ISO",
            "Security groups and firewalls deny what they do not explicitly allow, and never allow every port from anywhere.",
            "Make the firewall deny by default and replace rules open to any port from anywhere with rules naming the ports and sources.");
    public static final Rule.Info ADMIN_ACCESS = info("admin-access-restricted", "Administration access restricted", "CFG-ADMIN",
            "Control planes and admin ports are reachable only from allow-listed networks (bastion, VPN), never from the internet.",
            "Restrict Kubernetes API access (private API or adminCidrs), remove public IPs from VMs and admin-port rules from 0.0.0.0/0.");
    public static final Rule.Info LEAST_PRIVILEGE = info("least-privilege", "Least-privilege grants", "CFG-IAM-LP",
            "Workloads get the narrowest grants they need: no admin or owner roles, no wildcard, no static keys that never expire.",
            "Grant read or write on the resources the workload uses only, and use workload identities or keys with an expiry.");
    public static final Rule.Info AUDIT_LOG_RETENTION = info("audit-log-retention", "Audit logs kept 180 days or more", "CFG-LOG",
            "Control-plane and data-access events are logged and kept at least 180 days (CNIL: 6 to 12 months), in region.",
            "Declare an audit log with a retention of at least 180 days (AuditLogSpec.everything(365)).");
    public static final Rule.Info BACKUPS = info("backups", "Backups kept, in an allowed region", "CFG-BACKUP",
            "Databases are backed up, with a retention set, and backups stay in an allowed region.",
            "Set the database's backup retention (backupRetentionDays, 7 or more) and keep backups in the stack's region.");
    public static final Rule.Info NO_PLAINTEXT_SECRETS = info("no-plaintext-secrets", "No plaintext secrets in config or state", "CFG-SECRETS",
            "A secret written in plain text in stack config or state is readable by anyone who can read the state.",
            "Make the value a Pulumi secret (pulumi config set --secret) or keep it in a secret manager, and rotate the exposed value.");
    public static final Rule.Info CLASSIFICATION_LABELS = info("classification-labels", "Data-classification labels", "CFG-TAGS",
            "A data-class label on every data service lets policies, inventories and incident response know what it holds.",
            "Label the resource with its data class, e.g. .labels(Labels.dataClass(\"health\")).");
    public static final Rule.Info EXIT_METADATA = info("exit-metadata", "Reversibility metadata on data stores", "CFG-EXIT",
            "The Data Act's switching duties need, per data store, the open format and path its data leaves by.",
            "Label each data store with exit-format (e.g. s3, pg_dump, raw-disk) and exit-path (where the export goes).");

    private static final List<Rule> ALL = List.of(
            Rule.of(PROVIDER_JURISDICTION, BuiltInRules::providerJurisdiction),
            Rule.of(QUALIFIED_OFFER, BuiltInRules::qualifiedOffer),
            Rule.of(QUALIFIED_SCOPE, BuiltInRules::qualifiedScope),
            Rule.of(REGION_ALLOWED, BuiltInRules::regionAllowed),
            Rule.of(ENCRYPTION_AT_REST, BuiltInRules::encryptionAtRest),
            Rule.of(CUSTOMER_MANAGED_KEYS, BuiltInRules::customerManagedKeys),
            Rule.of(KEY_CUSTODY, BuiltInRules::keyCustody),
            Rule.of(TLS_MINIMUM, BuiltInRules::tlsMinimum),
            Rule.of(NO_PUBLIC_DATA_ENDPOINT, BuiltInRules::noPublicDataEndpoint),
            Rule.of(PRIVATE_ENDPOINT, BuiltInRules::privateEndpoint),
            Rule.of(FIREWALL_DENY_BY_DEFAULT, BuiltInRules::firewallDenyByDefault),
            Rule.of(ADMIN_ACCESS, BuiltInRules::adminAccess),
            Rule.of(LEAST_PRIVILEGE, BuiltInRules::leastPrivilege),
            Rule.of(AUDIT_LOG_RETENTION, BuiltInRules::auditLogRetention),
            Rule.of(BACKUPS, BuiltInRules::backups),
            Rule.of(NO_PLAINTEXT_SECRETS, BuiltInRules::noPlaintextSecrets),
            Rule.of(CLASSIFICATION_LABELS, BuiltInRules::classificationLabels),
            Rule.of(EXIT_METADATA, BuiltInRules::exitMetadata));

    public static List<Rule> all() {
        return ALL;
    }

    public static Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        ALL.forEach(r -> ids.add(r.info().id()));
        return ids;
    }

    static List<Finding> providerJurisdiction(PolicyContext ctx) {
        Optional<Attestations.Provider> p = ctx.attestations().provider(ctx.target());
        if (p.isEmpty()) {
            return List.of(ctx.unconfirmed(PROVIDER_JURISDICTION, ctx.stack(), null,
                    "no attestation names the jurisdiction of target '" + ctx.target() + "': it cannot be confirmed"));
        }
        if (!"EU".equals(p.get().jurisdiction())) {
            return List.of(ctx.finding(PROVIDER_JURISDICTION, ctx.stack(), null, p.get().name() + " is under "
                    + p.get().jurisdiction() + " jurisdiction: " + p.get().jurisdictionNote()));
        }
        return List.of();
    }

    static List<Finding> qualifiedOffer(PolicyContext ctx) {
        Optional<String> q = ctx.profile().needs();
        if (q.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (String region : ctx.regions()) {
            List<Attestations.Attestation> found = ctx.attestations().inRegion(ctx.target(), q.get(), region);
            if (found.stream().anyMatch(a -> a.status().confirmed())) {
                continue;
            }
            Optional<Attestations.Attestation> unconfirmed = found.stream().filter(a -> a.status() == Attestations.Status.UNCONFIRMED).findFirst();
            if (unconfirmed.isPresent()) {
                out.add(ctx.unconfirmed(QUALIFIED_OFFER, ctx.stack(), null, q.get() + " of " + ctx.target() + " in " + region
                        + " is unconfirmed (" + unconfirmed.get().service() + "; source: " + unconfirmed.get().source() + ", " + unconfirmed.get().date() + ")"));
            } else {
                out.add(ctx.finding(QUALIFIED_OFFER, ctx.stack(), null, ctx.target() + " is not " + q.get() + "-qualified in " + region
                        + found.stream().findFirst().map(a -> " (source: " + a.source() + ", " + a.date() + ")").orElse(" (no attestation)")));
            }
        }
        return out;
    }

    static List<Finding> qualifiedScope(PolicyContext ctx) {
        Optional<String> q = ctx.profile().needs();
        if (q.isEmpty()) {
            return List.of();
        }
        // Regions where the offer itself is not qualified are reported once by qualified-offer.
        List<String> regions = ctx.regions().stream().filter(region -> ctx.attestations().inRegion(ctx.target(), q.get(), region).stream()
                .anyMatch(a -> a.status().confirmed())).toList();
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects()) {
            List<String> mine = s.strings(Property.LOCATION).stream().filter(regions::contains).toList();
            List<String> where = mine.isEmpty() ? regions : mine;
            TreeSet<String> outside = new TreeSet<>();
            TreeSet<String> unconfirmed = new TreeSet<>();
            for (String type : s.types()) {
                List<Attestations.Status> statuses = where.stream()
                        .map(r -> ctx.attestations().forType(ctx.target(), q.get(), r, type).map(Attestations.Attestation::status)
                                .orElse(Attestations.Status.NOT_QUALIFIED)).toList();
                if (statuses.stream().anyMatch(st -> st == Attestations.Status.NOT_QUALIFIED)) {
                    outside.add(type);
                } else if (statuses.stream().anyMatch(st -> st == Attestations.Status.UNCONFIRMED)) {
                    unconfirmed.add(type);
                }
            }
            if (where.isEmpty()) {
                continue;
            }
            if (!outside.isEmpty()) {
                out.add(ctx.finding(QUALIFIED_SCOPE, s.resource(), null, "outside the " + q.get() + " scope of " + ctx.target() + ": "
                        + String.join(", ", outside)));
            }
            if (!unconfirmed.isEmpty()) {
                out.add(ctx.unconfirmed(QUALIFIED_SCOPE, s.resource(), null, q.get() + " scope unconfirmed for "
                        + String.join(", ", unconfirmed) + " (" + sources(ctx, q.get(), where, unconfirmed) + ")"));
            }
        }
        return out;
    }

    private static String sources(PolicyContext ctx, String q, List<String> regions, Collection<String> types) {
        TreeSet<String> sources = new TreeSet<>();
        for (String r : regions) {
            for (String t : types) {
                ctx.attestations().forType(ctx.target(), q, r, t).ifPresent(a -> sources.add("source: " + a.source() + ", " + a.date()));
            }
        }
        return String.join("; ", sources);
    }

    static List<Finding> regionAllowed(PolicyContext ctx) {
        Optional<Attestations.Provider> provider = ctx.attestations().provider(ctx.target());
        String jurisdiction = ctx.jurisdiction().orElse("EU");
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects()) {
            for (String region : s.strings(Property.LOCATION)) {
                boolean listed = provider.map(p -> p.allows(region)).orElse(false);
                boolean global = region.equalsIgnoreCase("global") && listed;
                if (!listed) {
                    out.add(ctx.finding(REGION_ALLOWED, s.resource(), Property.LOCATION, "region " + region
                            + " is not on the allow-list of " + ctx.target()));
                } else if (!global && !Regions.within(region, jurisdiction)) {
                    out.add(ctx.finding(REGION_ALLOWED, s.resource(), Property.LOCATION, "region " + region
                            + " is outside the stack's jurisdiction " + jurisdiction));
                }
            }
        }
        return out;
    }

    static List<Finding> encryptionAtRest(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects(ENCRYPTED)) {
            if (s.isFalse(Property.ENCRYPTED_AT_REST)) {
                out.add(ctx.finding(ENCRYPTION_AT_REST, s.resource(), Property.ENCRYPTED_AT_REST, s.role() + " is not encrypted at rest"));
            } else if (!s.stated(Property.ENCRYPTED_AT_REST)) {
                out.add(ctx.unconfirmed(ENCRYPTION_AT_REST, s.resource(), Property.ENCRYPTED_AT_REST,
                        "no resource of this " + s.role() + " states encryption at rest"));
            }
        }
        return out;
    }

    static List<Finding> customerManagedKeys(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects(DATA_STORES)) {
            Object custody = s.get(Property.KEY_CUSTODY);
            if (custody == null) {
                out.add(ctx.unconfirmed(CUSTOMER_MANAGED_KEYS, s.resource(), Property.KEY_CUSTODY,
                        "no resource of this " + s.role() + " states who holds its key"));
            } else if ("provider".equals(custody)) {
                out.add(ctx.finding(CUSTOMER_MANAGED_KEYS, s.resource(), Property.KEY_CUSTODY,
                        s.role() + " is encrypted with a provider-managed key, not a customer-managed one"));
            }
        }
        for (Subject s : ctx.subjects(Set.of("key-vault"))) {
            Double rotation = s.number(Property.ROTATION_DAYS);
            if (rotation == null) {
                out.add(ctx.unconfirmed(CUSTOMER_MANAGED_KEYS, s.resource(), Property.ROTATION_DAYS, "no key rotation is stated"));
            } else if (rotation > 365) {
                out.add(ctx.finding(CUSTOMER_MANAGED_KEYS, s.resource(), Property.ROTATION_DAYS,
                        "keys rotate every " + rotation.intValue() + " days, more than 365"));
            }
        }
        return out;
    }

    static List<Finding> keyCustody(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects(Set.of("key-vault"))) {
            if (s.isFalse(Property.HSM_BACKED)) {
                out.add(ctx.finding(KEY_CUSTODY, s.resource(), Property.HSM_BACKED, "keys are not HSM-backed"));
            } else if (!s.stated(Property.HSM_BACKED)) {
                out.add(ctx.unconfirmed(KEY_CUSTODY, s.resource(), Property.HSM_BACKED, "no resource states whether keys are HSM-backed"));
            }
            if (s.isFalse(Property.PURGE_PROTECTION)) {
                out.add(ctx.finding(KEY_CUSTODY, s.resource(), Property.PURGE_PROTECTION, "keys can be purged: purge protection is off"));
            } else if (!s.stated(Property.PURGE_PROTECTION)) {
                out.add(ctx.unconfirmed(KEY_CUSTODY, s.resource(), Property.PURGE_PROTECTION, "no resource states purge protection of keys"));
            }
        }
        return out;
    }

    static List<Finding> tlsMinimum(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects()) {
            Double tls = s.number(Property.TLS_MINIMUM);
            if (tls != null && tls < 1.2) {
                out.add(ctx.finding(TLS_MINIMUM, s.resource(), Property.TLS_MINIMUM, "accepts TLS " + s.get(Property.TLS_MINIMUM) + ", below 1.2"));
            }
            if (s.isFalse(Property.HTTPS_ONLY)) {
                out.add(ctx.finding(TLS_MINIMUM, s.resource(), Property.HTTPS_ONLY, "accepts unencrypted (non-TLS) connections"));
            }
            if (DATA_STORES.contains(s.role()) && !s.role().equals("block-volume") && tls == null && !s.stated(Property.HTTPS_ONLY)) {
                out.add(ctx.unconfirmed(TLS_MINIMUM, s.resource(), Property.TLS_MINIMUM, "no resource of this " + s.role() + " states its TLS settings"));
            }
        }
        return out;
    }

    static List<Finding> noPublicDataEndpoint(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects(DATA_SERVICES)) {
            if (s.isTrue(Property.PUBLIC_ENDPOINT)) {
                out.add(ctx.finding(NO_PUBLIC_DATA_ENDPOINT, s.resource(), Property.PUBLIC_ENDPOINT, s.role() + " has a public endpoint"));
            } else if (s.strings(Property.ALLOWED_CIDRS).stream().anyMatch(c -> c.equals("0.0.0.0/0") || c.equals("::/0"))) {
                out.add(ctx.finding(NO_PUBLIC_DATA_ENDPOINT, s.resource(), Property.ALLOWED_CIDRS, s.role() + " allows access from anywhere (0.0.0.0/0)"));
            }
        }
        return out;
    }

    static List<Finding> privateEndpoint(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects(Set.of("object-store", "database"))) {
            if (!s.isTrue(Property.PRIVATE_ENDPOINT)) {
                out.add((s.stated(Property.PRIVATE_ENDPOINT) ? ctx.finding(PRIVATE_ENDPOINT, s.resource(), Property.PRIVATE_ENDPOINT, s.role() + " has no private endpoint")
                        : ctx.unconfirmed(PRIVATE_ENDPOINT, s.resource(), Property.PRIVATE_ENDPOINT, "no resource of this " + s.role() + " states a private endpoint")));
            }
        }
        return out;
    }

    static List<Finding> firewallDenyByDefault(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects(Set.of("firewall", "network"))) {
            if (s.isFalse(Property.DENY_BY_DEFAULT)) {
                out.add(ctx.finding(FIREWALL_DENY_BY_DEFAULT, s.resource(), Property.DENY_BY_DEFAULT, s.role() + " does not deny by default"));
            } else if (s.role().equals("firewall") && !s.stated(Property.DENY_BY_DEFAULT)) {
                out.add(ctx.unconfirmed(FIREWALL_DENY_BY_DEFAULT, s.resource(), Property.DENY_BY_DEFAULT, "no resource states that the firewall denies by default"));
            }
            for (String rule : s.strings(Property.ALLOW_RULES)) {
                if (rule.startsWith("inbound any * from any") || rule.matches("inbound (tcp|udp) 0-65535 from any")) {
                    out.add(ctx.finding(FIREWALL_DENY_BY_DEFAULT, s.resource(), Property.ALLOW_RULES, "allows every port from anywhere (" + rule + ")"));
                }
            }
        }
        return out;
    }

    static List<Finding> adminAccess(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects()) {
            if (s.role().equals("kubernetes-cluster") && !s.isTrue(Property.PRIVATE_API)) {
                List<String> cidrs = s.strings(Property.ADMIN_CIDRS);
                if (cidrs.isEmpty() || cidrs.contains("0.0.0.0/0")) {
                    out.add(ctx.finding(ADMIN_ACCESS, s.resource(), Property.ADMIN_CIDRS,
                            "the Kubernetes API is public and not restricted to an allow-list"));
                }
            }
            if (s.isTrue(Property.PUBLIC_IP) && Set.of("virtual-machine").contains(s.role())) {
                out.add(ctx.finding(ADMIN_ACCESS, s.resource(), Property.PUBLIC_IP, "the VM has a public IP"));
            }
            for (String rule : s.strings(Property.ALLOW_RULES)) {
                String[] parts = rule.split(" ");
                if (parts.length == 5 && parts[0].equals("inbound") && parts[4].equals("any") && parts[3].equals("from")
                        && (ADMIN_PORTS.contains(parts[2]) || containsAdminPort(parts[2]))) {
                    out.add(ctx.finding(ADMIN_ACCESS, s.resource(), Property.ALLOW_RULES, "admin port open to the internet (" + rule + ")"));
                }
            }
        }
        return out;
    }

    private static boolean containsAdminPort(String ports) {
        if (ports.equals("*")) {
            return true;
        }
        int dash = ports.indexOf('-');
        if (dash < 0) {
            return false;
        }
        try {
            int from = Integer.parseInt(ports.substring(0, dash));
            int to = Integer.parseInt(ports.substring(dash + 1));
            return ADMIN_PORTS.stream().mapToInt(Integer::parseInt).anyMatch(p -> p >= from && p <= to);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static List<Finding> leastPrivilege(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects()) {
            TreeSet<String> broad = new TreeSet<>();
            for (String grant : s.strings(Property.GRANTS)) {
                String g = grant.toLowerCase(Locale.ROOT);
                if (g.startsWith("admin:") || g.startsWith("owner") || g.contains("*")) {
                    broad.add(grant);
                }
            }
            if (!broad.isEmpty()) {
                out.add(ctx.finding(LEAST_PRIVILEGE, s.resource(), Property.GRANTS, "grants beyond least privilege: " + String.join(", ", broad)));
            }
            if (s.role().equals("service-identity") && s.isFalse(Property.SECRET_EXPIRY)) {
                out.add(ctx.finding(LEAST_PRIVILEGE, s.resource(), Property.SECRET_EXPIRY, "uses a static key that never expires"));
            }
        }
        return out;
    }

    static List<Finding> auditLogRetention(PolicyContext ctx) {
        List<Subject> logs = ctx.subjects(Set.of("audit-log"));
        if (logs.isEmpty()) {
            return List.of(ctx.finding(AUDIT_LOG_RETENTION, ctx.stack(), null, "no audit log is declared"));
        }
        List<Finding> out = new ArrayList<>();
        for (Subject s : logs) {
            Double days = s.number(Property.LOG_RETENTION_DAYS);
            Property p = Property.LOG_RETENTION_DAYS;
            if (days == null && s.stated(Property.RETENTION_DAYS)) {
                days = s.number(Property.RETENTION_DAYS);
                p = Property.RETENTION_DAYS;
            }
            if (days == null) {
                out.add(ctx.unconfirmed(AUDIT_LOG_RETENTION, s.resource(), Property.LOG_RETENTION_DAYS, "no resource states how long logs are kept"));
            } else if (days < 180) {
                out.add(ctx.finding(AUDIT_LOG_RETENTION, s.resource(), p, "logs are kept " + days.intValue() + " days, less than 180"));
            }
        }
        return out;
    }

    static List<Finding> backups(PolicyContext ctx) {
        Optional<Attestations.Provider> provider = ctx.attestations().provider(ctx.target());
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects(Set.of("database"))) {
            Double days = s.number(Property.BACKUP_RETENTION_DAYS);
            if (days == null) {
                out.add(ctx.unconfirmed(BACKUPS, s.resource(), Property.BACKUP_RETENTION_DAYS, "no resource states a backup retention"));
            } else if (days < 7) {
                out.add(ctx.finding(BACKUPS, s.resource(), Property.BACKUP_RETENTION_DAYS, "backups are kept " + days.intValue() + " days, less than 7"));
            }
            for (String where : s.strings(Property.BACKUP_LOCATION)) {
                if (!provider.map(p -> p.allows(where)).orElse(false) || !Regions.within(where, ctx.jurisdiction().orElse("EU"))) {
                    out.add(ctx.finding(BACKUPS, s.resource(), Property.BACKUP_LOCATION, "backups are kept in " + where + ", outside the allowed regions"));
                }
            }
        }
        return out;
    }

    /**
     * Input names that hold a secret value; matched on the last path segment, case- and
     * separator-insensitive. A bare {@code secret} is left out: providers use it for a reference to
     * a secret (a GCP secret version's {@code secret} is the secret's resource name).
     */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(.*password|.*passwd|secretvalue|secretstring|clientsecret|secretkey|secretaccesskey|token|.*apitoken|privatekey|connectionstring|sasstring|accountkey|masterkey|salt)");

    static List<Finding> noPlaintextSecrets(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        Map<String, PlannedResource> index = ctx.plan().index();
        for (PlannedResource r : ctx.plan().resources()) {
            if (r.type().startsWith("pont:")) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            scan(r.inputs(), "", paths);
            for (String path : paths) {
                // Reported on the neutral resource that owns it, so the finding points at its declaration.
                String owner = ctx.plan().component(r, index).map(PlannedResource::name).orElse(r.name());
                if (seen.add(r.name() + " " + path)) {
                    out.add(ctx.finding(NO_PLAINTEXT_SECRETS, owner, null, "input " + path + " of " + r.type() + " " + r.name()
                            + " holds a plaintext value (value not shown)"));
                }
            }
        }
        return out;
    }

    private static void scan(Object value, String path, List<String> found) {
        if (Secrets.isSecret(value)) {
            return;
        }
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String key = String.valueOf(k);
                String here = path.isEmpty() ? key : path + "." + key;
                String norm = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
                if (v instanceof String str && !str.isEmpty() && SECRET_NAME.matcher(norm).matches() && !str.startsWith("<unset:")) {
                    found.add(here);
                } else {
                    scan(v, here, found);
                }
            });
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                scan(l.get(i), path + "[" + i + "]", found);
            }
        }
    }

    static List<Finding> classificationLabels(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects(DATA_SERVICES)) {
            if (s.label("data-class").isPresent()) {
                continue;
            }
            out.add(s.stated(Property.LABELS)
                    ? ctx.finding(CLASSIFICATION_LABELS, s.resource(), Property.LABELS, "no data-class label")
                    : ctx.unconfirmed(CLASSIFICATION_LABELS, s.resource(), Property.LABELS, "no resource of this " + s.role() + " carries labels"));
        }
        return out;
    }

    static List<Finding> exitMetadata(PolicyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Subject s : ctx.subjects(DATA_STORES)) {
            List<String> missing = new ArrayList<>();
            for (String key : List.of("exit-format", "exit-path")) {
                if (s.label(key).isEmpty()) {
                    missing.add(key);
                }
            }
            if (!missing.isEmpty()) {
                out.add(ctx.finding(EXIT_METADATA, s.resource(), Property.LABELS, "no reversibility metadata: missing label(s) " + String.join(", ", missing)));
            }
        }
        return out;
    }
}
