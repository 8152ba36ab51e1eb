package dev.pont.providers.ovhcloud.bindings;

import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIp;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIpArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIpAssociate;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIpAssociateArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.Instance;
import dev.pont.providers.ovhcloud.bindings.openstack.InstanceArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.OpenstackPackage;
import dev.pont.providers.ovhcloud.bindings.openstack.OpenstackProvider;
import dev.pont.providers.ovhcloud.bindings.openstack.OpenstackProviderArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.Port;
import dev.pont.providers.ovhcloud.bindings.openstack.PortArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroup;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroupArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroupRule;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroupRuleArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.Volume;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeAttach;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeAttachArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectFunctions;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectUser;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectUserArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.Database;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseLogSubscription;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseLogSubscriptionArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.Gateway;
import dev.pont.providers.ovhcloud.bindings.ovh.GatewayArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.GetImagesArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.Kube;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeIpRestrictions;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeIpRestrictionsArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePool;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePoolArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.LogsOutputGraylogStream;
import dev.pont.providers.ovhcloud.bindings.ovh.LogsOutputGraylogStreamArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivate;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateSubnetV2;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateSubnetV2Args;
import dev.pont.providers.ovhcloud.bindings.ovh.Okms;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecret;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecretArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhPackage;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhProvider;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhProviderArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.PostgresSqlUser;
import dev.pont.providers.ovhcloud.bindings.ovh.PostgresSqlUserArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.S3Credential;
import dev.pont.providers.ovhcloud.bindings.ovh.S3CredentialArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.S3Policy;
import dev.pont.providers.ovhcloud.bindings.ovh.S3PolicyArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.ServiceKey;
import dev.pont.providers.ovhcloud.bindings.ovh.ServiceKeyArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.Storage;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageArgs;
import java.util.List;

/**
 * Every hand-written binding, in one place: the schema test walks these lists, so a binding added
 * without being listed here is caught by the test that compares the bindings package with this list.
 */
public final class Bindings {

    /** A resource binding: its class, its args class and the provider schema it must match. */
    public record Resource(String schema, Class<?> resource, Class<?> args) {
    }

    /** An explicit provider: its package name, args class and the schema whose provider inputs it must match. */
    public record Provider(String schema, String pkg, Class<?> provider, Class<?> args) {
    }

    /** A provider function: its token, args class and schema. */
    public record Function(String schema, String token, Class<?> args) {
    }

    public static final String OVH_SCHEMA = "ovh-" + OvhPackage.VERSION + ".schema.json";
    public static final String OPENSTACK_SCHEMA = "openstack-" + OpenstackPackage.VERSION + ".extract.json";

    public static final List<Resource> RESOURCES = List.of(
            new Resource(OVH_SCHEMA, NetworkPrivate.class, NetworkPrivateArgs.class),
            new Resource(OVH_SCHEMA, NetworkPrivateSubnetV2.class, NetworkPrivateSubnetV2Args.class),
            new Resource(OVH_SCHEMA, Gateway.class, GatewayArgs.class),
            new Resource(OVH_SCHEMA, Storage.class, StorageArgs.class),
            new Resource(OVH_SCHEMA, CloudProjectUser.class, CloudProjectUserArgs.class),
            new Resource(OVH_SCHEMA, S3Credential.class, S3CredentialArgs.class),
            new Resource(OVH_SCHEMA, S3Policy.class, S3PolicyArgs.class),
            new Resource(OVH_SCHEMA, Database.class, DatabaseArgs.class),
            new Resource(OVH_SCHEMA, PostgresSqlUser.class, PostgresSqlUserArgs.class),
            new Resource(OVH_SCHEMA, DatabaseLogSubscription.class, DatabaseLogSubscriptionArgs.class),
            new Resource(OVH_SCHEMA, Kube.class, KubeArgs.class),
            new Resource(OVH_SCHEMA, KubeNodePool.class, KubeNodePoolArgs.class),
            new Resource(OVH_SCHEMA, KubeIpRestrictions.class, KubeIpRestrictionsArgs.class),
            new Resource(OVH_SCHEMA, Okms.class, OkmsArgs.class),
            new Resource(OVH_SCHEMA, ServiceKey.class, ServiceKeyArgs.class),
            new Resource(OVH_SCHEMA, OkmsSecret.class, OkmsSecretArgs.class),
            new Resource(OVH_SCHEMA, LogsOutputGraylogStream.class, LogsOutputGraylogStreamArgs.class),
            new Resource(OPENSTACK_SCHEMA, SecGroup.class, SecGroupArgs.class),
            new Resource(OPENSTACK_SCHEMA, SecGroupRule.class, SecGroupRuleArgs.class),
            new Resource(OPENSTACK_SCHEMA, Port.class, PortArgs.class),
            new Resource(OPENSTACK_SCHEMA, Instance.class, InstanceArgs.class),
            new Resource(OPENSTACK_SCHEMA, Volume.class, VolumeArgs.class),
            new Resource(OPENSTACK_SCHEMA, VolumeAttach.class, VolumeAttachArgs.class),
            new Resource(OPENSTACK_SCHEMA, FloatingIp.class, FloatingIpArgs.class),
            new Resource(OPENSTACK_SCHEMA, FloatingIpAssociate.class, FloatingIpAssociateArgs.class));

    public static final List<Provider> PROVIDERS = List.of(
            new Provider(OVH_SCHEMA, OvhPackage.NAME, OvhProvider.class, OvhProviderArgs.class),
            new Provider(OPENSTACK_SCHEMA, OpenstackPackage.NAME, OpenstackProvider.class, OpenstackProviderArgs.class));

    public static final List<Function> FUNCTIONS = List.of(
            new Function(OVH_SCHEMA, CloudProjectFunctions.GET_IMAGES, GetImagesArgs.class));

    private Bindings() {}
}
