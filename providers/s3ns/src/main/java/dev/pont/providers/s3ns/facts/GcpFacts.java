package dev.pont.providers.s3ns.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.spec.ResourceKind;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Neutral facts from {@code gcp} resources (Google Cloud, and S3NS which runs Google Cloud technology
 * in its own universe), written from Google Cloud's documented behaviour and never from the S3NS
 * adapter (this package imports core only), so that conformance checks the adapter instead of echoing it.
 *
 * <p>Each type plays a neutral role, a supporting role (plumbing named so nothing is silently
 * dropped), or is a Google-only service reported as unmapped with the reason (lock-in). Types of a
 * lock-in module that are not listed one by one ({@code gcp:bigquery/table:Table}) carry the module's
 * reason.
 */
public final class GcpFacts extends Rules {
    static final String PROJECT_SERVICE = "api-enablement";
    static final String IDENTITY_BINDING = "identity-binding";
    static final String ROLE_DEFINITION = "role-definition";
    static final String KEY_IMPORT = "key-import";
    static final String OBJECT_CONTENT = "object-content";
    static final String DISK_ATTACHMENT = "disk-attachment";
    static final String VOLUME_SNAPSHOT = "volume-snapshot";
    static final String MACHINE_IMAGE = "machine-image";
    static final String INSTANCE_GROUP = "instance-group";
    static final String SSH_KEY = "ssh-key";
    static final String ROUTING = "routing";
    static final String NAT_GATEWAY = "nat-gateway";
    static final String PRIVATE_SERVICE_ACCESS = "private-service-access";
    static final String PUBLIC_IP = "public-ip";
    static final String NETWORK_PEERING = "network-peering";
    static final String VPN_GATEWAY = "vpn-gateway";
    static final String LOAD_BALANCER = "load-balancer";
    static final String DNS = "dns";
    static final String LOG_COLLECTION = "log-collection";

    /** Every supporting role name, for reports and tests. */
    public static final Set<String> SUPPORTING_ROLES = Set.of(PROJECT_SERVICE, IDENTITY_BINDING, ROLE_DEFINITION, KEY_IMPORT,
            OBJECT_CONTENT, DISK_ATTACHMENT, VOLUME_SNAPSHOT, MACHINE_IMAGE, INSTANCE_GROUP, SSH_KEY, ROUTING, NAT_GATEWAY,
            PRIVATE_SERVICE_ACCESS, PUBLIC_IP, NETWORK_PEERING, VPN_GATEWAY, LOAD_BALANCER, DNS, LOG_COLLECTION);

    /** Google-only services by module ({@code gcp:<module>/…}): no SecNumCloud target offers them. */
    static final Map<String, String> LOCK_IN_MODULES = new TreeMap<>(Map.ofEntries(
            Map.entry("bigquery", "BigQuery is Google's serverless data warehouse (proprietary SQL dialect, storage and slots); move to a managed PostgreSQL or a self-run analytics engine"),
            Map.entry("bigtable", "Bigtable is Google's wide-column store (HBase API compatible); move to self-run HBase or Cassandra"),
            Map.entry("pubsub", "Pub/Sub is Google's messaging service with its own API; move to a Kafka or RabbitMQ service or self-run broker"),
            Map.entry("dataflow", "Dataflow is Google's managed Apache Beam runner; run Beam on Flink or Spark instead"),
            Map.entry("cloudfunctions", "Cloud Functions is Google's function runtime; package functions as containers for Kubernetes"),
            Map.entry("cloudfunctionsv2", "Cloud Functions is Google's function runtime; package functions as containers for Kubernetes"),
            Map.entry("cloudrun", "Cloud Run is Google's serverless container platform (Knative-like API); run the containers on Kubernetes"),
            Map.entry("cloudrunv2", "Cloud Run is Google's serverless container platform (Knative-like API); run the containers on Kubernetes"),
            Map.entry("spanner", "Spanner is Google's globally distributed SQL database; no equivalent, move to PostgreSQL (with the PostgreSQL dialect eased)"),
            Map.entry("firestore", "Firestore is Google's document database with its own API; move to MongoDB-compatible or PostgreSQL JSONB"),
            Map.entry("datastore", "Datastore is Google's document database with its own API; move to MongoDB-compatible or PostgreSQL JSONB"),
            Map.entry("vertex", "Vertex AI is Google's ML platform (models, endpoints, pipelines); no SecNumCloud equivalent"),
            Map.entry("appengine", "App Engine is Google's application platform; package the application as containers"),
            Map.entry("cloudtasks", "Cloud Tasks is Google's task queue API; use a message broker"),
            Map.entry("cloudscheduler", "Cloud Scheduler is Google's cron service; use Kubernetes CronJobs"),
            Map.entry("workflows", "Workflows is Google's orchestration service with its own language"),
            Map.entry("dataproc", "Dataproc is Google's managed Spark/Hadoop with Google integrations; run Spark on Kubernetes"),
            Map.entry("composer", "Cloud Composer is Google's managed Airflow; run Airflow on Kubernetes"),
            Map.entry("dataplex", "Dataplex is Google's data governance service"),
            Map.entry("looker", "Looker is Google's BI platform"),
            Map.entry("apigee", "Apigee is Google's API management platform"),
            Map.entry("firebase", "Firebase is Google's app backend platform"),
            Map.entry("identityplatform", "Identity Platform is Google's customer identity service"),
            Map.entry("eventarc", "Eventarc is Google's event routing between Google services")));

    /** Known services Pont has no neutral kind for yet, though the target clouds have equivalents. */
    private static final Map<String, String> NOT_MODELLED = Map.of(
            "redis", "Memorystore for Redis has managed Redis equivalents on SecNumCloud clouds, but Pont has no neutral cache kind yet",
            "memcache", "Memorystore for Memcached: Pont has no neutral cache kind yet",
            "filestore", "Filestore (NFS) has file-storage equivalents, but Pont has no neutral file-share kind yet");

    public GcpFacts() {
        super("gcp");
        labelsAt("labels", "settings.userLabels", "resourceLabels");
        StorageFacts.register(this);
        KeyFacts.register(this);
        DatabaseFacts.register(this);
        ComputeFacts.register(this);
        FirewallFacts.register(this);
        KubernetesFacts.register(this);
        IamFacts.register(this);
        registerNetwork();
        registerLogging();
        on("gcp:projects/service:Service", PROJECT_SERVICE, r -> props());
        on("gcp:projects/project:Project", PROJECT_SERVICE, r -> props());
        // The services' main types are listed by name; the rest of each module falls back to the module reason.
        lockIn("gcp:bigquery/dataset:Dataset", LOCK_IN_MODULES.get("bigquery"));
        lockIn("gcp:pubsub/topic:Topic", LOCK_IN_MODULES.get("pubsub"));
        lockIn("gcp:pubsub/subscription:Subscription", LOCK_IN_MODULES.get("pubsub"));
        lockIn("gcp:dataflow/job:Job", LOCK_IN_MODULES.get("dataflow"));
        lockIn("gcp:cloudfunctions/function:Function", LOCK_IN_MODULES.get("cloudfunctions"));
        lockIn("gcp:cloudfunctionsv2/function:Function", LOCK_IN_MODULES.get("cloudfunctionsv2"));
        lockIn("gcp:cloudrun/service:Service", LOCK_IN_MODULES.get("cloudrun"));
        lockIn("gcp:cloudrunv2/service:Service", LOCK_IN_MODULES.get("cloudrunv2"));
        lockIn("gcp:spanner/instance:Instance", LOCK_IN_MODULES.get("spanner"));
        lockIn("gcp:firestore/database:Database", LOCK_IN_MODULES.get("firestore"));
        lockIn("gcp:vertex/aiEndpoint:AiEndpoint", LOCK_IN_MODULES.get("vertex"));
    }

    private void registerNetwork() {
        on("gcp:compute/network:Network", ResourceKind.NETWORK.role(), r -> props());
        on("gcp:compute/subnetwork:Subnetwork", ResourceKind.NETWORK.role(), r -> props()
                .put(Property.SUBNETS, Gcp.str(r, "ipCidrRange") == null ? null : java.util.List.of(Gcp.str(r, "ipCidrRange")))
                .put(Property.LOCATION, Gcp.region(Gcp.str(r, "region"))));
        on("gcp:compute/route:Route", ROUTING, r -> props());
        on("gcp:compute/router:Router", ROUTING, r -> props());
        on("gcp:compute/routerNat:RouterNat", NAT_GATEWAY, r -> props());
        on("gcp:compute/routerInterface:RouterInterface", ROUTING, r -> props());
        on("gcp:compute/routerPeer:RouterPeer", ROUTING, r -> props());
        on("gcp:compute/globalAddress:GlobalAddress", r -> "VPC_PEERING".equals(Gcp.str(r, "purpose")) || "PRIVATE_SERVICE_CONNECT".equals(Gcp.str(r, "purpose"))
                ? PRIVATE_SERVICE_ACCESS : "EXTERNAL".equals(Gcp.str(r, "addressType")) || Gcp.str(r, "addressType") == null ? PUBLIC_IP : PRIVATE_SERVICE_ACCESS);
        on("gcp:compute/address:Address", r -> "INTERNAL".equals(Gcp.str(r, "addressType")) ? PRIVATE_SERVICE_ACCESS : PUBLIC_IP);
        on("gcp:servicenetworking/connection:Connection", PRIVATE_SERVICE_ACCESS, r -> props());
        on("gcp:compute/networkPeering:NetworkPeering", NETWORK_PEERING, r -> props());
        on("gcp:compute/vPNGateway:VPNGateway", VPN_GATEWAY, r -> props());
        on("gcp:compute/haVpnGateway:HaVpnGateway", VPN_GATEWAY, r -> props());
        on("gcp:compute/vPNTunnel:VPNTunnel", VPN_GATEWAY, r -> props());
        on("gcp:compute/externalVpnGateway:ExternalVpnGateway", VPN_GATEWAY, r -> props());
        for (String lb : java.util.List.of("gcp:compute/forwardingRule:ForwardingRule", "gcp:compute/globalForwardingRule:GlobalForwardingRule",
                "gcp:compute/backendService:BackendService", "gcp:compute/regionBackendService:RegionBackendService",
                "gcp:compute/healthCheck:HealthCheck", "gcp:compute/regionHealthCheck:RegionHealthCheck",
                "gcp:compute/uRLMap:URLMap", "gcp:compute/targetHttpsProxy:TargetHttpsProxy", "gcp:compute/targetHttpProxy:TargetHttpProxy",
                "gcp:compute/targetTCPProxy:TargetTCPProxy", "gcp:compute/sSLPolicy:SSLPolicy", "gcp:compute/managedSslCertificate:ManagedSslCertificate")) {
            on(lb, LOAD_BALANCER, r -> props());
        }
        on("gcp:dns/managedZone:ManagedZone", DNS, r -> props());
        on("gcp:dns/recordSet:RecordSet", DNS, r -> props());
        on("gcp:dns/policy:Policy", DNS, r -> props());
    }

    /**
     * Cloud Logging: a log bucket keeps its logs {@code retentionDays} (30 when unset, the API default);
     * a sink routes logs into it and an audit config turns on Data Access audit logs: log collection.
     */
    private void registerLogging() {
        String audit = ResourceKind.AUDIT_LOG.role();
        on("gcp:logging/projectBucketConfig:ProjectBucketConfig", audit, r -> props()
                .put(Property.LOG_RETENTION_DAYS, Gcp.integer(r, "retentionDays") == null ? (Integer) 30 : Gcp.integer(r, "retentionDays"))
                .put(Property.RETENTION_LOCKED, Boolean.TRUE.equals(Gcp.bool(r, "locked")) ? true : null)
                .put(Property.KEY_CUSTODY, Gcp.str(r, "cmekSettings.kmsKeyName") != null ? "customer" : null)
                .put(Property.LOCATION, Gcp.region(Gcp.str(r, "location"))));
        on("gcp:logging/projectSink:ProjectSink", LOG_COLLECTION, r -> props());
        on("gcp:logging/projectExclusion:ProjectExclusion", LOG_COLLECTION, r -> props());
        on("gcp:logging/organizationSink:OrganizationSink", LOG_COLLECTION, r -> props());
        on("gcp:projects/iAMAuditConfig:IAMAuditConfig", LOG_COLLECTION, r -> props());
    }

    /** A row whose supporting role depends on the resource's inputs. */
    private void on(String type, java.util.function.Function<dev.pont.core.plan.PlannedResource, String> role) {
        onInPlan(type, (r, plan) -> role.apply(r), (r, plan) -> props());
    }

    @Override
    public String unmappedReason(String type) {
        String listed = super.unmappedReason(type);
        if (listed.startsWith("lock-in: ")) {
            return listed;
        }
        String module = module(type);
        if (module != null && LOCK_IN_MODULES.containsKey(module)) {
            return "lock-in: " + LOCK_IN_MODULES.get(module);
        }
        if (module != null && NOT_MODELLED.containsKey(module)) {
            return "no neutral role yet: " + NOT_MODELLED.get(module);
        }
        return listed;
    }

    /** The module of a token: {@code gcp:bigquery/table:Table} → {@code bigquery}. */
    static String module(String type) {
        String[] parts = type.split(":");
        if (parts.length != 3 || !parts[0].equals("gcp")) {
            return null;
        }
        int slash = parts[1].indexOf('/');
        return slash < 0 ? null : parts[1].substring(0, slash);
    }
}
