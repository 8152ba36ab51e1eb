package dev.pont.providers.s3ns;

import com.pulumi.core.Output;
import com.pulumi.gcp.kms.CryptoKeyIAMMember;
import com.pulumi.gcp.kms.CryptoKeyIAMMemberArgs;
import com.pulumi.gcp.projects.ServiceIdentity;
import com.pulumi.gcp.projects.ServiceIdentityArgs;
import com.pulumi.gcp.storage.StorageFunctions;
import com.pulumi.gcp.storage.inputs.GetProjectServiceAccountArgs;
import com.pulumi.gcp.storage.outputs.GetProjectServiceAccountResult;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Scope;
import dev.pont.core.adapter.Session;
import dev.pont.core.spec.Refs;
import dev.pont.providers.s3ns.Handles.KeyHandle;
import dev.pont.providers.s3ns.Handles.KeyVaultHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run's state: the session, the S3NS project and region, the explicit provider, and what
 * several declarations share (service agents, the grants that let them use a key).
 */
final class S3nsRun {
    static final String KEY_USER_ROLE = "roles/cloudkms.cryptoKeyEncrypterDecrypter";

    final Session session;
    final String project;
    final String region;
    final List<String> zones;
    final S3nsProvider provider;
    private final Map<String, Output<String>> agents = new HashMap<>();
    private final Map<String, CryptoKeyIAMMember> keyGrants = new HashMap<>();

    S3nsRun(Session session, String project, String region, S3nsProvider provider) {
        this.session = session;
        this.project = project;
        this.region = region;
        this.zones = S3nsData.UNIVERSE.zones(region);
        this.provider = provider;
    }

    /** Options of a child of the scope's component: on the S3NS provider, asking for the plugin that knows the universe. */
    CustomResourceOptions options(Scope scope, Resource... dependsOn) {
        return GcpPlugin.options(scope.options(provider, dependsOn));
    }

    /** The GCP name of a child resource: {@code <stack>-<resource>[-suffix]}, at most 63 characters. */
    String name(Scope scope, String suffix) {
        return GcpNames.of(session.stack() + "-" + scope.child(suffix), 63);
    }

    Map<String, String> labels(Scope scope) {
        return GcpLabels.of(scope, scope.labels());
    }

    /** Zonal resources go to the region's first zone. */
    String zone() {
        return zones.get(0);
    }

    /** The key a {@code KeyRef} names, which must be usable for customer-managed encryption. */
    KeyHandle encryptionKey(Scope scope, Refs.KeyRef ref) {
        KeyVaultHandle vault = scope.lookup(ref.vault(), KeyVaultHandle.class);
        KeyHandle key = vault.keys().get(ref.key());
        if (key == null) {
            throw scope.error("key vault '" + ref.vault() + "' has no key '" + ref.key() + "': use one of " + vault.keys().keySet());
        }
        if (!key.customerManagedEncryption()) {
            throw scope.error("key " + ref + " is an EC signing key in Cloud KMS and cannot encrypt data: use an RSA key"
                    + " (realised as a symmetric key) as the customer-managed key");
        }
        return key;
    }

    /**
     * The grant letting a service's agent use a key, created once per key and service under the
     * first resource that needs it; consumers depend on it so the service can use the key at creation.
     */
    CryptoKeyIAMMember allowKeyUse(Scope scope, KeyHandle key, String service) {
        String cacheKey = key.vault() + "/" + key.name() + "@" + service;
        CryptoKeyIAMMember grant = keyGrants.get(cacheKey);
        if (grant == null) {
            Output<String> agent = agent(scope, service);
            grant = new CryptoKeyIAMMember(scope.child(key.vault() + "-" + key.name() + "-" + service + "-agent"), CryptoKeyIAMMemberArgs.builder()
                    .cryptoKeyId(key.key().id())
                    .role(KEY_USER_ROLE)
                    .member(agent.applyValue(email -> "serviceAccount:" + email))
                    .build(), options(scope));
            keyGrants.put(cacheKey, grant);
        }
        return grant;
    }

    /**
     * The email of a Google-managed service agent: Cloud Storage's from its provider function,
     * the others from a {@code ServiceIdentity}, so the universe's own address is used and never guessed.
     */
    Output<String> agent(Scope scope, String service) {
        return agents.computeIfAbsent(service, s -> {
            if (s.equals("storage")) {
                return StorageFunctions.getProjectServiceAccount(GetProjectServiceAccountArgs.builder().project(project).build(),
                        GcpPlugin.invoke(scope.component(), provider)).applyValue(GetProjectServiceAccountResult::emailAddress);
            }
            ServiceIdentity identity = new ServiceIdentity(scope.child(s + "-agent"), ServiceIdentityArgs.builder()
                    .project(project)
                    .service(S3nsData.UNIVERSE.service(s))
                    .build(), options(scope));
            return identity.email();
        });
    }
}
