package dev.pont.providers.s3ns;

import dev.pont.core.PontException;
import com.pulumi.core.Output;
import dev.pont.core.adapter.Adapter;
import dev.pont.core.adapter.DataPlaneEndpoint;
import dev.pont.core.adapter.DataPlaneEndpoints;
import dev.pont.core.adapter.PreviewOutputs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.adapter.Session;
import dev.pont.core.adapter.TargetInfo;
import dev.pont.core.catalog.Catalog;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.SecretSpec;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.VirtualMachineSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Realises neutral specs on S3NS (PREMI3NS): Google Cloud technology operated by S3NS in the
 * {@code s3nsapis.fr} universe, single region {@code u-france-east1}, through the gcp provider
 * with an explicit provider that carries the universe domain. One class per service does the work;
 * this one wires a run.
 */
public final class S3nsAdapter implements Adapter, PreviewOutputs, DataPlaneEndpoints {
    public static final String TARGET = "s3ns";
    /** Stack config key of the project, with its universe prefix. Credentials never go in config: see the README. */
    public static final String PROJECT_KEY = "pont:s3nsProject";
    /** A GCP project id (6-30 characters) after the universe prefix. */
    private static final Pattern PROJECT_ID = Pattern.compile("[a-z][a-z0-9-]{4,28}[a-z0-9]");

    private static final Catalog CATALOG = Catalog.load(S3nsAdapter.class, "catalog.json");

    private S3nsRun run;
    private PreviewAnswers answers;
    private Networks networks;
    private Keys keys;
    private Storage storage;
    private Databases databases;
    private Compute compute;
    private Identities identities;
    private AuditLogs auditLogs;

    public static Catalog catalog() {
        return CATALOG;
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo(TARGET, "S3NS (PREMI3NS)", List.of(GcpPlugin.PACKAGE + " " + GcpPlugin.VERSION
                + " plugin with universeDomain " + S3nsData.UNIVERSE.domain() + " (Java SDK " + GcpPlugin.SDK_VERSION + ")"));
    }

    @Override
    public void begin(Session session) {
        String region = CATALOG.region(session.placement());
        String project = project(session);
        S3nsProvider provider = new S3nsProvider(TARGET, new S3nsProviderArgs(S3nsData.UNIVERSE.domain(), project, region,
                S3nsData.UNIVERSE.zones(region).get(0)), null);
        run = new S3nsRun(session, project, region, provider);
        answers = new PreviewAnswers(project, region);
        networks = new Networks(run);
        keys = new Keys(run);
        storage = new Storage(run, CATALOG);
        databases = new Databases(run, CATALOG);
        compute = new Compute(run, CATALOG);
        identities = new Identities(run);
        auditLogs = new AuditLogs(run);
    }

    /** The project id from config: required, with the universe prefix ({@code s3ns:my-project}). */
    static String project(Session session) {
        String project = session.config().require(TARGET, PROJECT_KEY, "the S3NS project id, with its "
                + S3nsData.UNIVERSE.projectPrefix() + " prefix");
        String prefix = S3nsData.UNIVERSE.projectPrefix();
        if (!project.startsWith(prefix) || !PROJECT_ID.matcher(project.substring(prefix.length())).matches()) {
            throw new PontException("target " + TARGET + ": config value " + PROJECT_KEY + " '" + project + "' is not an S3NS project id:"
                    + " set it to " + prefix + "<project-id> (6-30 lower-case letters, digits and dashes)");
        }
        return project;
    }

    @Override
    public Realised network(Scope scope, NetworkSpec spec) {
        return networks.network(scope, spec);
    }

    @Override
    public Realised firewall(Scope scope, FirewallSpec spec) {
        return networks.firewall(scope, spec);
    }

    @Override
    public Realised keyVault(Scope scope, KeyVaultSpec spec) {
        return keys.keyVault(scope, spec);
    }

    @Override
    public Realised secret(Scope scope, SecretSpec spec) {
        return keys.secret(scope, spec);
    }

    @Override
    public Realised objectStore(Scope scope, ObjectStoreSpec spec) {
        return storage.objectStore(scope, spec);
    }

    @Override
    public Realised blockVolume(Scope scope, BlockVolumeSpec spec) {
        return storage.blockVolume(scope, spec);
    }

    @Override
    public Realised database(Scope scope, DatabaseSpec spec) {
        return databases.database(scope, spec);
    }

    @Override
    public Realised virtualMachine(Scope scope, VirtualMachineSpec spec) {
        return compute.virtualMachine(scope, spec);
    }

    @Override
    public Realised kubernetesCluster(Scope scope, KubernetesClusterSpec spec) {
        return compute.kubernetesCluster(scope, spec);
    }

    @Override
    public Realised serviceIdentity(Scope scope, ServiceIdentitySpec spec) {
        return identities.serviceIdentity(scope, spec);
    }

    @Override
    public Realised auditLog(Scope scope, AuditLogSpec spec) {
        return auditLogs.auditLog(scope, spec);
    }

    @Override
    public Map<String, Object> outputs(String type, String name, Map<String, Object> inputs) {
        return answers == null ? Map.of() : answers.outputs(type, name, inputs);
    }

    @Override
    public Map<String, Object> invoke(String token, Map<String, Object> args) {
        return answers == null ? Map.of() : answers.invoke(token, args);
    }

    /**
     * A bucket through Cloud Storage's S3-interoperable XML API ({@code https://storage.<universe>},
     * path-style, SigV4 with HMAC keys and signing region {@code auto}; that S3NS serves this API and
     * HMAC keys is unverified). A Cloud SQL instance's private IP when it is on a subnet, else its
     * public IP when it has one (none: a Private Service Connect attachment only, no endpoint), on
     * 5432 with the default database and no user: logins are IAM database users the operator chooses.
     */
    @Override
    public Optional<Output<Map<String, Object>>> endpoint(Scope scope, dev.pont.core.spec.Spec spec, Realised realised) {
        if (realised.handle() instanceof Handles.BucketHandle bucket) {
            return Optional.of(DataPlaneEndpoint.s3(Output.of("https://storage." + S3nsData.UNIVERSE.domain()), Output.of("auto"),
                    bucket.bucket().name()));
        }
        if (spec instanceof dev.pont.core.spec.DatabaseSpec db && realised.handle() instanceof Handles.DatabaseHandle database) {
            Output<String> host = db.exposure().subnet() != null ? database.instance().privateIpAddress()
                    : db.exposure().publicEndpoint() ? database.instance().publicIpAddress() : null;
            return host == null ? Optional.empty()
                    : Optional.of(DataPlaneEndpoint.postgres(host, Output.of(Databases.PORT), Output.of("postgres"), null));
        }
        return Optional.empty();
    }
}
