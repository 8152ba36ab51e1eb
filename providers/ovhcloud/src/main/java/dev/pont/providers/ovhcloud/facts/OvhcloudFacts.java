package dev.pont.providers.ovhcloud.facts;

import static dev.pont.core.facts.Rules.bool;
import static dev.pont.core.facts.Rules.get;
import static dev.pont.core.facts.Rules.integer;
import static dev.pont.core.facts.Rules.list;
import static dev.pont.core.facts.Rules.props;
import static dev.pont.core.facts.Rules.str;

import dev.pont.core.facts.KeyCustody;
import dev.pont.core.facts.PolicyDocument;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Related;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.PlannedResource;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts of OVHcloud Public Cloud: the {@code ovh} package (provider 2.13.0) and the
 * {@code openstack} package (5.5.1) as used against OVHcloud's OpenStack (auth
 * {@code https://auth.cloud.ovh.net/v3}, public network {@code Ext-Net}, Cinder types with
 * {@code -luks} encrypted variants). Read from the providers' documented semantics and OVHcloud's
 * guides; never from the OVHcloud adapter.
 */
public final class OvhcloudFacts extends Rules {
    static final String SECURITY_GROUP = "openstack:networking/secGroup:SecGroup";
    static final String S3_POLICY = "ovh:CloudProject/s3Policy:S3Policy";
    static final String KUBE_IP_RESTRICTIONS = "ovh:CloudProject/kubeIpRestrictions:KubeIpRestrictions";
    static final String DATABASE_IP_RESTRICTION = "ovh:CloudProjectDatabase/ipRestriction:IpRestriction";
    /** Cinder volume types OVHcloud documents; the {@code -luks} ones are encrypted at rest with a key OVHcloud manages. */
    static final Set<String> VOLUME_TYPES = Set.of("classic", "classic-luks", "classic-multiattach", "high-speed", "high-speed-luks",
            "high-speed-gen2", "high-speed-gen2-luks");
    /** Public Cloud Databases backup retention per plan (PostgreSQL and MySQL capabilities pages). */
    static final Map<String, Integer> BACKUP_DAYS = Map.of("essential", 2, "business", 14, "enterprise", 30);
    /** The lowest TLS version Public Cloud Databases document accepting ("depending on the DBMS … the minimum is TLS v1.1"). */
    static final double DATABASE_TLS_MINIMUM = 1.1;

    public OvhcloudFacts() {
        super("ovh", "openstack");
        labelsAt("tags", "metadata", "metadata.customMetadata", "template.metadata.labels");
        publicCloud();
        openStack();
        identityAndKeys();
        logs();
        supporting();
        ovhOnly();
    }

    @Override
    public String unmappedReason(String type) {
        return lockIns().contains(type) || type.startsWith("ovh:CloudProject") || type.startsWith("openstack:")
                ? super.unmappedReason(type)
                : "no neutral role is known for " + type + " (an OVHcloud product outside Public Cloud, or one Pont does not model)";
    }

    private void publicCloud() {
        on("ovh:CloudProject/storage:Storage", "object-store", OvhcloudFacts::storage);
        on("ovh:CloudProject/volume:Volume", "block-volume", r -> volume(props(), str(r, "type"))
                .put(Property.SIZE_GIB, integer(r, "size"))
                .put(Property.LOCATION, str(r, "regionName")));
        on("ovh:CloudProject/instance:Instance", "virtual-machine", OvhcloudFacts::instance);
        onRelated("ovh:CloudProject/database:Database", "database", OvhcloudFacts::database);
        onRelated("ovh:CloudProject/kube:Kube", "kubernetes-cluster", OvhcloudFacts::kube);
        onRelated("ovh:CloudProject/kubeNodePool:KubeNodePool", "node-pool", OvhcloudFacts::nodePool);
        on("ovh:CloudProject/networkPrivate:NetworkPrivate", "network", r -> props()
                .put(Property.LOCATION, strings(get(r, "regions")).isEmpty() ? null : strings(get(r, "regions"))));
        on("ovh:CloudProject/networkPrivateSubnet:NetworkPrivateSubnet", "network", r -> props()
                .put(Property.SUBNETS, one(str(r, "network"))).put(Property.LOCATION, str(r, "region")));
        on("ovh:CloudProject/networkPrivateSubnetV2:NetworkPrivateSubnetV2", "network", r -> props()
                .put(Property.SUBNETS, one(str(r, "cidr"))).put(Property.LOCATION, str(r, "region")));
        on("ovh:CloudProject/regionNetwork:RegionNetwork", "network", r -> props()
                .put(Property.SUBNETS, one(str(r, "subnet.cidr"))).put(Property.LOCATION, str(r, "regionName")));
    }

    private void openStack() {
        onRelated("openstack:networking/network:Network", "network", (r, related) -> props().put(Property.LOCATION, region(r, related)));
        onRelated("openstack:networking/subnet:Subnet", "network", (r, related) -> props()
                .put(Property.SUBNETS, one(str(r, "cidr"))).put(Property.LOCATION, region(r, related)));
        on(SECURITY_GROUP, "firewall", r -> SecurityGroups.group(r));
        onRelated("openstack:networking/secGroupRule:SecGroupRule", "firewall", SecurityGroups::rule);
        onRelated("openstack:compute/instance:Instance", "virtual-machine", OvhcloudFacts::openStackInstance);
        onRelated("openstack:blockstorage/volume:Volume", "block-volume", (r, related) -> volume(props(), str(r, "volumeType"))
                .put(Property.SIZE_GIB, integer(r, "size"))
                .put(Property.LOCATION, region(r, related)));
        onRelated("openstack:objectstorage/container:Container", "object-store", (r, related) -> props()
                .put(Property.VERSIONED, Boolean.TRUE.equals(bool(r, "versioning")) || get(r, "versioningLegacy") != null)
                .put(Property.PUBLIC_ENDPOINT, true)
                .put(Property.LOCATION, region(r, related)));
        on("openstack:networking/floatingIpAssociate:FloatingIpAssociate", "public-ip", r -> props().put(Property.PUBLIC_IP, true));
        on("openstack:networking/floatingIp:FloatingIp", "public-ip",
                r -> props().put(Property.PUBLIC_IP, str(r, "portId") != null ? Boolean.TRUE : null));
        on("openstack:networking/router:Router", "router", r -> props());
        on("openstack:networking/routerInterface:RouterInterface", "router", r -> props());
        on("openstack:networking/port:Port", "network-interface", r -> props());
        on("openstack:networking/portSecGroupAssociate:PortSecGroupAssociate", "network-interface", r -> props());
        on("openstack:compute/keypair:Keypair", "keypair", r -> props());
        on("openstack:compute/volumeAttach:VolumeAttach", "volume-attachment", r -> props());
    }

    private void identityAndKeys() {
        // A Public Cloud user holds its roles on the project and the S3 policies bound to it.
        onRelated("ovh:CloudProject/user:User", "service-identity", OvhcloudFacts::user);
        on(S3_POLICY, "access-policy", r -> props().put(Property.GRANTS, s3Grants(get(r, "policy"))));
        on("ovh:CloudProject/s3Credential:S3Credential", "access-key", r -> props());
        on("ovh:Me/aPIOAuth2Client:APIOAuth2Client", "service-identity", r -> props());
        on("ovh:Me/identityUser:IdentityUser", "account-identity", r -> props());
        on("ovh:Me/identityGroup:IdentityGroup", "account-identity", r -> props());
        on("ovh:Me/identityUserToken:IdentityUserToken", "access-key", r -> props());
        on("ovh:Iam/policy:Policy", "access-policy", r -> props());
        on("ovh:Iam/permissionsGroup:PermissionsGroup", "access-policy", r -> props());
        on("ovh:Iam/resourceGroup:ResourceGroup", "access-policy", r -> props());
        on("ovh:index/iamResourceTags:IamResourceTags", "access-policy", r -> props());

        // OKMS: a regional domain holding keys and the Secret Manager's secrets, reached on a public
        // endpoint (https://<region>.okms.ovh.net) with client certificates or tokens.
        on("ovh:Okms/okms:Okms", "key-vault", r -> props().put(Property.LOCATION, str(r, "region")).put(Property.PUBLIC_ENDPOINT, true));
        on("ovh:Okms/serviceKey:ServiceKey", "key", r -> props());
        on("ovh:Okms/serviceKeyJWK:ServiceKeyJWK", "key", r -> props());
        on("ovh:Okms/credential:Credential", "access-key", r -> props().put(Property.SECRET_EXPIRY, true));
        // The Secret Manager shares the OKMS domain, whose customer data is "always stored encrypted".
        onRelated("ovh:Okms/secret:Secret", "secret", (r, related) -> props()
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.SECRET_EXPIRY, expires(str(r, "metadata.deactivateVersionAfter")))
                .put(Property.LOCATION, related.byId(str(r, "okmsId")).map(k -> str(k, "region")).orElse(null)));
    }

    private void logs() {
        // Logs Data Platform: a Graylog stream keeps logs; cold storage archives them for years.
        on("ovh:Dbaas/logsOutputGraylogStream:LogsOutputGraylogStream", "audit-log", r -> props()
                .put(Property.LOG_RETENTION_DAYS, Boolean.TRUE.equals(bool(r, "coldStorageEnabled")) && integer(r, "coldStorageRetention") != null
                        ? integer(r, "coldStorageRetention") * 365 : null));
        for (String type : List.of("ovh:Dbaas/logsCluster:LogsCluster", "ovh:Dbaas/logsInput:LogsInput",
                "ovh:Dbaas/logsOutputOpenSearchAlias:LogsOutputOpenSearchAlias", "ovh:Dbaas/logsOutputOpenSearchIndex:LogsOutputOpenSearchIndex",
                "ovh:Dbaas/logsRole:LogsRole", "ovh:Dbaas/logsRolePermissionStream:LogsRolePermissionStream", "ovh:Dbaas/logsToken:LogsToken")) {
            on(type, "logging", r -> props());
        }
        on("ovh:CloudProjectDatabase/logSubscription:LogSubscription", "log-forwarding", r -> props()
                .put(Property.LOGGED_RESOURCES, one(str(r, "clusterId"))));
        on("ovh:CloudProject/regionLoadBalancerLogSubscription:RegionLoadBalancerLogSubscription", "log-forwarding", r -> props()
                .put(Property.LOGGED_RESOURCES, one(str(r, "loadbalancerId"))));
    }

    private void supporting() {
        on(KUBE_IP_RESTRICTIONS, "cluster-configuration", r -> props());
        on("ovh:CloudProject/kubeOidc:KubeOidc", "cluster-configuration", r -> props());
        on(DATABASE_IP_RESTRICTION, "database-configuration", r -> props());
        for (String type : List.of("databaseInstance:DatabaseInstance", "integration:Integration", "kafkaAcl:KafkaAcl",
                "kafkaSchemaRegistryAcl:KafkaSchemaRegistryAcl", "kafkaTopic:KafkaTopic", "m3DbNamespace:M3DbNamespace",
                "mongoDbPrometheus:MongoDbPrometheus", "opensearchPattern:OpensearchPattern", "postgresSqlConnectionPool:PostgresSqlConnectionPool",
                "prometheus:Prometheus")) {
            on("ovh:CloudProjectDatabase/" + type, "database-configuration", r -> props());
        }
        // A PostgreSQL user is created "with default admin roles and privileges" (only replication can be set).
        on("ovh:CloudProjectDatabase/postgresSqlUser:PostgresSqlUser", "database-user", r -> props().put(Property.GRANTS,
                str(r, "clusterId") == null ? null : PolicyDocument.levels(List.of("*")).stream().map(l -> l + ":" + str(r, "clusterId")).toList()));
        for (String type : List.of("ovh:CloudProjectDatabase/user:User",
                "ovh:CloudProjectDatabase/m3DbUser:M3DbUser", "ovh:CloudProjectDatabase/mongoDbUser:MongoDbUser",
                "ovh:CloudProjectDatabase/opensearchUser:OpensearchUser", "ovh:CloudProjectDatabase/redisUser:RedisUser",
                "ovh:index/cloudProjectDatabaseClickhouseUser:CloudProjectDatabaseClickhouseUser",
                "ovh:index/cloudProjectDatabaseValkeyUser:CloudProjectDatabaseValkeyUser")) {
            on(type, "database-user", r -> props());
        }
        on("ovh:CloudProject/gateway:Gateway", "nat", r -> props());
        on("ovh:CloudProject/gatewayInterface:GatewayInterface", "nat", r -> props());
        on("ovh:CloudProject/failoverIpAttach:FailoverIpAttach", "public-ip", r -> props().put(Property.PUBLIC_IP, true));
        on("ovh:CloudProject/loadBalancer:LoadBalancer", "load-balancer", r -> props()
                .put(Property.PUBLIC_ENDPOINT, get(r, "network.private.floatingIp") != null || get(r, "network.private.floatingIpCreate") != null));
        on("ovh:CloudProject/instanceSnapshot:InstanceSnapshot", "snapshot", r -> props());
        on("ovh:CloudProject/volumeBackup:VolumeBackup", "snapshot", r -> props());
        on("ovh:CloudProject/workflowBackup:WorkflowBackup", "snapshot", r -> props());
        on("ovh:index/cloudProjectSshKey:CloudProjectSshKey", "keypair", r -> props());
        on("ovh:CloudProject/regionStoragePresign:RegionStoragePresign", "bucket-object", r -> props());
        on("ovh:index/cloudProjectStorageObjectBucketLifecycleConfiguration:CloudProjectStorageObjectBucketLifecycleConfiguration",
                "bucket-configuration", r -> props());
        on("ovh:index/cloudProjectStorageReplicationJob:CloudProjectStorageReplicationJob", "bucket-configuration", r -> props());
        for (String type : List.of("ovh:CloudProject/project:Project", "ovh:CloudProject/projectRegion:ProjectRegion",
                "ovh:CloudProject/alerting:Alerting")) {
            on(type, "provider-config", r -> props());
        }
        // The vRack carries OVHcloud's private networks; attaching a Public Cloud project to it
        // supports the project's private networks.
        for (String type : List.of("vrack:Vrack", "cloudProject:CloudProject", "dedicatedCloudDatacenter:DedicatedCloudDatacenter",
                "dedicatedServer:DedicatedServer", "dedicatedServerInterface:DedicatedServerInterface", "ipAddress:IpAddress",
                "ipLoadbalancing:IpLoadbalancing", "ipV6:IpV6", "oVHcloudConnect:OVHcloudConnect", "vrackDedicatedCloud:VrackDedicatedCloud",
                "vrackservices:Vrackservices")) {
            on("ovh:Vrack/" + type, "private-network-link", r -> props());
        }
    }

    private void ovhOnly() {
        lockIn("ovh:CloudProject/rancher:Rancher", "OVHcloud Managed Rancher Service: a managed Rancher control plane, no neutral role");
        lockIn("ovh:SavingsPlan/savingsPlan:SavingsPlan", "OVHcloud Savings Plan: a commitment to OVHcloud capacity for a term");
        lockIn("ovh:Ip/firewall:Firewall", "OVHcloud Edge Network Firewall on public IP blocks, in front of any security group");
        lockIn("ovh:Ip/firewallRule:FirewallRule", "OVHcloud Edge Network Firewall on public IP blocks, in front of any security group");
        lockIn("ovh:Ip/mitigation:Mitigation", "OVHcloud Anti-DDoS mitigation of a public IP");
    }

    /**
     * A Public Cloud Object Storage bucket, reached on the internet endpoint
     * {@code https://s3.<region>.io.cloud.ovh.net}, which OVHcloud's endpoint list gives with HTTPS as
     * its only protocol: versioning as its status says (off by default), encryption by its algorithm
     * ({@code AES256}: server-side with keys OVHcloud manages; {@code plaintext}: none), Object Lock's
     * default retention ({@code COMPLIANCE} cannot be shortened). No TLS version is documented.
     */
    private static Props storage(PlannedResource r) {
        Props p = props().put(Property.PUBLIC_ENDPOINT, true).put(Property.HTTPS_ONLY, true).put(Property.LOCATION, str(r, "regionName"));
        boolean locked = "enabled".equalsIgnoreCase(str(r, "objectLock.status"));
        p.put(Property.VERSIONED, locked || "enabled".equalsIgnoreCase(str(r, "versioning.status")));
        String sse = str(r, "encryption.sseAlgorithm");
        if ("AES256".equalsIgnoreCase(sse)) {
            p.put(Property.ENCRYPTED_AT_REST, true).put(Property.KEY_CUSTODY, KeyCustody.PROVIDER.wire());
        } else if ("plaintext".equalsIgnoreCase(sse)) {
            p.put(Property.ENCRYPTED_AT_REST, false);
        }
        if (locked && str(r, "objectLock.rule.period") != null) {
            p.put(Property.RETENTION_DAYS, days(str(r, "objectLock.rule.period")))
                    .put(Property.RETENTION_LOCKED, "compliance".equalsIgnoreCase(str(r, "objectLock.rule.mode")));
        }
        return p;
    }

    /** Disks created as Cinder volumes with the instance, each encrypted as its type says; local disks state nothing. */
    private static Props bootVolumes(Props p, PlannedResource r) {
        Boolean encrypted = null;
        for (Object device : list(r, "blockDevices")) {
            if (device instanceof Map<?, ?> d && "volume".equals(d.get("destinationType"))) {
                String type = d.get("volumeType") == null ? null : String.valueOf(d.get("volumeType"));
                if (type == null || !VOLUME_TYPES.contains(type)) {
                    return p;
                }
                encrypted = (encrypted == null || encrypted) && type.endsWith("-luks");
            }
        }
        return encrypted == null ? p : encryption(p, encrypted);
    }

    /** A Cinder type names its encryption: the {@code -luks} variants are encrypted with an OVHcloud-managed key, the others not. */
    static Props volume(Props p, String type) {
        return type == null || !VOLUME_TYPES.contains(type) ? p : encryption(p, type.endsWith("-luks"));
    }

    private static Props encryption(Props p, boolean luks) {
        return p.put(Property.ENCRYPTED_AT_REST, luks).put(Property.KEY_CUSTODY, luks ? KeyCustody.PROVIDER.wire() : null);
    }

    /** An instance is public with a public interface ({@code network.public}) or a floating IP; private on a private network. */
    private static Props instance(PlannedResource r) {
        boolean floating = get(r, "network.private.floatingIp") != null || get(r, "network.private.floatingIpCreate") != null;
        boolean publicIp = Boolean.TRUE.equals(bool(r, "network.public")) || floating;
        // The instance takes a regional flavour id, not a name: its size cannot be read from the inputs.
        return props()
                .put(Property.LOCATION, str(r, "region"))
                .put(Property.PUBLIC_IP, publicIp)
                .put(Property.PUBLIC_ENDPOINT, publicIp)
                .put(Property.PRIVATE_ENDPOINT, get(r, "network.private") != null ? Boolean.TRUE : null);
    }

    /**
     * An OpenStack instance: its size from its flavour name; public when attached to OVHcloud's
     * public network {@code Ext-Net} or reached through a floating IP on one of its ports.
     */
    private static Props openStackInstance(PlannedResource r, Related related) {
        Optional<Flavors.Flavor> flavor = Flavors.of(str(r, "flavorName"));
        List<String> ports = new ArrayList<>();
        boolean extNet = false;
        boolean privateNet = false;
        for (Object n : list(r, "networks")) {
            if (n instanceof Map<?, ?> m) {
                boolean isPublic = "Ext-Net".equals(m.get("name"));
                extNet |= isPublic;
                privateNet |= !isPublic;
                Optional.ofNullable(m.get("port")).map(String::valueOf).ifPresent(ports::add);
            }
        }
        boolean floating = related.ofType("openstack:networking/floatingIp:FloatingIp").stream().anyMatch(f -> ports.contains(str(f, "portId")))
                || related.ofType("openstack:networking/floatingIpAssociate:FloatingIpAssociate").stream()
                        .anyMatch(f -> ports.contains(str(f, "portId")));
        boolean publicIp = extNet || floating;
        return bootVolumes(props(), r)
                .put(Property.VCPU, flavor.map(Flavors.Flavor::vcpu).orElse(null))
                .put(Property.MEMORY_GIB, flavor.map(Flavors.Flavor::memoryGiB).orElse(null))
                .put(Property.LOCATION, region(r, related))
                .put(Property.PUBLIC_IP, publicIp)
                .put(Property.PUBLIC_ENDPOINT, publicIp)
                .put(Property.PRIVATE_ENDPOINT, privateNet ? Boolean.TRUE : null);
    }

    /**
     * A Public Cloud Databases cluster, after OVHcloud's capabilities pages and security overview:
     * node size from the flavour, high availability from the nodes (Business: 2, Enterprise: 3),
     * daily backups kept 2/14/30 days by plan (PostgreSQL, MySQL), private when its nodes sit in a
     * private network, reachable only from the authorised IPs; disks LUKS-encrypted with a key
     * OVHcloud generates per service; TLS always on, "the minimum is TLS v1.1" depending on the engine.
     */
    /** Where a managed database's backups are kept: its {@code backupRegions}, when set. */
    static List<String> backupRegions(PlannedResource r) {
        List<?> regions = list(r, "backupRegions");
        return regions == null || regions.isEmpty() ? null : regions.stream().map(String::valueOf).sorted().distinct().toList();
    }

    private static Props database(PlannedResource r, Related related) {
        String engine = Optional.ofNullable(str(r, "engine")).orElse("").toLowerCase(Locale.ROOT);
        String version = str(r, "version");
        String plan = Optional.ofNullable(str(r, "plan")).orElse("").toLowerCase(Locale.ROOT);
        List<Map<?, ?>> nodes = maps(get(r, "nodes"));
        boolean privateNetwork = !nodes.isEmpty() && nodes.stream().allMatch(n -> n.get("networkId") != null);
        Optional<Flavors.Flavor> flavor = Flavors.of(str(r, "flavor"));
        List<String> allowed = new ArrayList<>();
        maps(get(r, "ipRestrictions")).forEach(m -> Optional.ofNullable(m.get("ip")).map(String::valueOf).ifPresent(allowed::add));
        if (r.id() != null) {
            related.ofType(DATABASE_IP_RESTRICTION).stream().filter(i -> r.id().equals(str(i, "clusterId")))
                    .map(i -> str(i, "ip")).filter(Objects::nonNull).forEach(allowed::add);
        }
        boolean relational = engine.equals("postgresql") || engine.equals("mysql");
        return props()
                .put(Property.VERSION, version == null ? null : engine.equals("postgresql") ? version : engine + " " + version)
                .put(Property.VCPU, flavor.map(Flavors.Flavor::vcpu).orElse(null))
                .put(Property.MEMORY_GIB, flavor.map(Flavors.Flavor::memoryGiB).orElse(null))
                .put(Property.SIZE_GIB, integer(r, "diskSize"))
                .put(Property.HIGH_AVAILABILITY, nodes.size() >= 2 || plan.equals("business") || plan.equals("enterprise"))
                .put(Property.BACKUP_RETENTION_DAYS, relational ? BACKUP_DAYS.get(plan) : null)
                .put(Property.BACKUP_LOCATION, backupRegions(r))
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.KEY_CUSTODY, KeyCustody.PROVIDER.wire())
                .put(Property.TLS_MINIMUM, DATABASE_TLS_MINIMUM)
                .put(Property.PUBLIC_ENDPOINT, !privateNetwork)
                .put(Property.PRIVATE_ENDPOINT, privateNetwork ? Boolean.TRUE : null)
                .put(Property.ALLOWED_CIDRS, new ArrayList<>(new TreeSet<>(allowed)))
                .put(Property.LOCATION, nodes.stream().map(n -> n.get("region")).filter(Objects::nonNull).map(String::valueOf)
                        .findFirst().orElse(null));
    }

    /**
     * A Managed Kubernetes cluster: its API server is a public endpoint, open to every address
     * unless IP restrictions name the CIDRs allowed.
     */
    private static Props kube(PlannedResource r, Related related) {
        List<String> allowed = r.id() == null ? List.of() : related.ofType(KUBE_IP_RESTRICTIONS).stream()
                .filter(k -> r.id().equals(str(k, "kubeId"))).flatMap(k -> strings(get(k, "ips")).stream()).distinct().sorted().toList();
        return props()
                .put(Property.VERSION, str(r, "version"))
                .put(Property.PRIVATE_API, false)
                .put(Property.ADMIN_CIDRS, allowed.isEmpty() ? List.of("0.0.0.0/0") : allowed)
                .put(Property.LOCATION, str(r, "region"));
    }

    /** A node pool scales between its bounds when autoscaling, else runs its desired count: {@code name:min-max}. */
    private static Props nodePool(PlannedResource r, Related related) {
        String name = str(r, "name");
        Integer min = integer(r, "minNodes");
        Integer max = integer(r, "maxNodes");
        Integer desired = integer(r, "desiredNodes");
        String range = Boolean.TRUE.equals(bool(r, "autoscale")) && min != null && max != null ? min + "-" + max
                : desired != null ? desired + "-" + desired : null;
        Optional<Flavors.Flavor> flavor = Flavors.of(str(r, "flavorName"));
        return props()
                .put(Property.NODE_POOLS, name == null || range == null ? null : List.of(name + ":" + range))
                .put(Property.LOCATION, related.byId(str(r, "kubeId")).map(k -> str(k, "region")).orElse(null))
                .put(Property.VCPU, flavor.map(Flavors.Flavor::vcpu).orElse(null))
                .put(Property.MEMORY_GIB, flavor.map(Flavors.Flavor::memoryGiB).orElse(null));
    }

    /**
     * A Public Cloud user: {@code administrator} administers the whole project and
     * {@code infrastructure_supervisor} reads it; the other roles operate ({@code write:<service>}) or
     * read one service ({@code objectstore_operator}, {@code key-manager_read}…); the S3 policies bound
     * to the user grant per bucket.
     */
    private static Props user(PlannedResource r, Related related) {
        TreeSet<String> grants = new TreeSet<>();
        List<String> roles = new ArrayList<>(strings(get(r, "roleNames")));
        Optional.ofNullable(str(r, "roleName")).ifPresent(roles::add);
        for (String role : roles) {
            if (role.equals("administrator")) {
                grants.add("admin:*");
            } else if (role.equals("infrastructure_supervisor")) {
                grants.add("read:*");
            } else if (role.endsWith("_operator")) {
                grants.add("write:" + role.substring(0, role.length() - "_operator".length()));
            } else if (role.endsWith("_read")) {
                grants.add("read:" + role.substring(0, role.length() - "_read".length()));
            }
        }
        if (r.id() != null) {
            related.ofType(S3_POLICY).stream().filter(p -> r.id().equals(str(p, "userId"))).forEach(p -> grants.addAll(s3Grants(get(p, "policy"))));
        }
        return props().put(Property.GRANTS, List.copyOf(grants));
    }

    private static List<String> s3Grants(Object policy) {
        return PolicyDocument.parse(policy).map(doc -> doc.grants(PolicyDocument::s3Bucket)).orElse(List.of());
    }

    /** A version expiry such as {@code 720h}; empty or zero means versions never expire. */
    private static Boolean expires(String deactivateAfter) {
        return deactivateAfter != null && !deactivateAfter.isBlank() && !deactivateAfter.matches("0+[a-z]*");
    }

    /** An ISO 8601 period in days (months of 30 days, years of 365). */
    static Integer days(String period) {
        try {
            Period p = Period.parse(period);
            return p.getYears() * 365 + p.getMonths() * 30 + p.getDays();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String region(PlannedResource r, Related related) {
        return Optional.ofNullable(str(r, "region")).orElseGet(() -> related.provider(r).map(p -> str(p, "region")).orElse(null));
    }

    static List<String> strings(Object value) {
        return value instanceof List<?> l ? l.stream().filter(Objects::nonNull).map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static List<Map<?, ?>> maps(Object value) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.stream().filter(x -> x instanceof Map<?, ?>).forEach(x -> out.add((Map<?, ?>) x));
        }
        return out;
    }

    private static List<String> one(String value) {
        return value == null ? null : List.of(value);
    }
}
