package dev.pont.providers.ovhcloud;

import com.pulumi.core.Output;
import dev.pont.core.adapter.Realised;
import dev.pont.core.facts.Property;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectUser;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectUserArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhPackage;
import dev.pont.providers.ovhcloud.bindings.ovh.PostgresSqlUser;
import dev.pont.providers.ovhcloud.bindings.ovh.PostgresSqlUserArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.S3Credential;
import dev.pont.providers.ovhcloud.bindings.ovh.S3CredentialArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.S3Policy;
import dev.pont.providers.ovhcloud.bindings.ovh.S3PolicyArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * Service identities. Grants on object stores become a Public Cloud user with the
 * {@code objectstore_operator} role, an S3 key pair and an S3 policy naming only the granted
 * buckets; grants on databases become PostgreSQL logins. Other grants have no OVHcloud realisation
 * Pont can manage and are declared (see {@link NotGrantable}). No user is created without an
 * object store grant: an OVHcloud user's default role is not documented, and least privilege
 * forbids guessing.
 */
final class ServiceIdentities {
    private final OvhRun run;

    ServiceIdentities(OvhRun run) {
        this.run = run;
    }

    Realised serviceIdentity(Scope scope, ServiceIdentitySpec spec) {
        List<Grant> storeGrants = new ArrayList<>();
        Output<String> id = null;
        for (Grant g : spec.grants()) {
            ResourceKind kind = OvhRun.kindOf(scope, g.resource());
            if (kind == ResourceKind.OBJECT_STORE) {
                storeGrants.add(g);
            } else if (kind == ResourceKind.DATABASE) {
                var login = databaseLogin(scope, g);
                id = id == null ? login.id() : id;
            } else {
                scope.degraded("grant " + g.access().wire() + " on " + kind.role() + " '" + g.resource() + "' is not realised: " + NotGrantable.reason(kind), Property.GRANTS);
            }
        }
        CloudProjectUser user = storeGrants.isEmpty() ? null : objectStorageUser(scope, storeGrants);
        if (user != null) {
            id = user.id();
        }
        if (id == null) {
            scope.unsupported("no grant of this identity can be realised on OVHcloud with ovh " + OvhPackage.VERSION);
        } else {
        }
        return Realised.of(id, new Handles.ServiceIdentity(user));
    }

    private PostgresSqlUser databaseLogin(Scope scope, Grant g) {
        var db = scope.lookup(g.resource(), Handles.Database.class);
        var login = new PostgresSqlUser(scope.child(g.resource() + "-login"), PostgresSqlUserArgs.builder()
                .serviceName(run.projectId())
                .clusterId(db.cluster().id())
                .name(scope.name())
                .build(), scope.options(run.ovh()));
        scope.degraded("grant " + g.access().wire() + " on database '" + g.resource() + "' is not least privilege: ovh " + OvhPackage.VERSION
                + " creates the PostgreSQL user, which OVHcloud documents as created with default admin roles and privileges, and cannot"
                + " grant or restrict table privileges; REVOKE and GRANT for '" + scope.name() + "' yourself", Property.GRANTS);
        return login;
    }

    private CloudProjectUser objectStorageUser(Scope scope, List<Grant> grants) {
        var user = new CloudProjectUser(scope.child(""), CloudProjectUserArgs.builder()
                .serviceName(run.projectId())
                .description("Pont service identity " + run.session().stack() + "/" + scope.name())
                .roleNames("objectstore_operator")
                .build(), scope.options(run.ovh()));
        new S3Credential(scope.child("s3-key"), S3CredentialArgs.builder()
                .serviceName(run.projectId())
                .userId(user.id())
                .build(), scope.options(run.ovh()));
        List<Output<String>> buckets = grants.stream()
                .map(g -> scope.lookup(g.resource(), Handles.ObjectStore.class).storage().name()).toList();
        new S3Policy(scope.child("s3-policy"), S3PolicyArgs.builder()
                .serviceName(run.projectId())
                .userId(user.id())
                .policy(Output.all(buckets).applyValue(names -> S3Policies.document(grants, names)))
                .build(), scope.options(run.ovh()));
        scope.degraded("object storage access uses a static S3 access key: OVHcloud has no workload identity federation for Object Storage; "
                + "the key is a secret output of the identity's S3 credential, rotate it by replacing that resource", Property.GRANTS);
        return user;
    }
}
