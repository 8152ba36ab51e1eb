package dev.pont.providers.azure;

import com.pulumi.azurenative.dbforpostgresql.Administrator;
import com.pulumi.azurenative.dbforpostgresql.AdministratorArgs;
import com.pulumi.azurenative.dbforpostgresql.enums.PrincipalType;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentityArgs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.platform.Declaration;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.Grant.Access;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.ServiceIdentitySpec;
import java.util.EnumMap;
import java.util.Map;

/**
 * A service identity is a user-assigned managed identity; each grant is one role assignment with
 * the least built-in role that gives the access asked, scoped to the one resource granted.
 */
final class ServiceIdentities {
    /** Least built-in role per kind of resource and access. A missing entry means Azure RBAC cannot express it. */
    private static final Map<ResourceKind, Map<Access, BuiltInRole>> ROLES = new EnumMap<>(Map.of(
            ResourceKind.OBJECT_STORE, Map.of(
                    Access.READ, BuiltInRole.STORAGE_BLOB_DATA_READER,
                    Access.WRITE, BuiltInRole.STORAGE_BLOB_DATA_CONTRIBUTOR,
                    Access.ADMIN, BuiltInRole.STORAGE_BLOB_DATA_OWNER),
            ResourceKind.KEY_VAULT, Map.of(
                    Access.READ, BuiltInRole.KEY_VAULT_CRYPTO_USER,
                    Access.WRITE, BuiltInRole.KEY_VAULT_CRYPTO_OFFICER,
                    Access.ADMIN, BuiltInRole.KEY_VAULT_ADMINISTRATOR),
            // One secret: Secrets Officer already covers everything on it but its permissions.
            ResourceKind.SECRET, Map.of(
                    Access.READ, BuiltInRole.KEY_VAULT_SECRETS_USER,
                    Access.WRITE, BuiltInRole.KEY_VAULT_SECRETS_OFFICER,
                    Access.ADMIN, BuiltInRole.KEY_VAULT_SECRETS_OFFICER),
            ResourceKind.KUBERNETES_CLUSTER, Map.of(
                    Access.READ, BuiltInRole.AKS_RBAC_READER,
                    Access.WRITE, BuiltInRole.AKS_RBAC_WRITER,
                    Access.ADMIN, BuiltInRole.AKS_RBAC_CLUSTER_ADMIN),
            ResourceKind.BLOCK_VOLUME, Map.of(
                    Access.ADMIN, BuiltInRole.VIRTUAL_MACHINE_CONTRIBUTOR),
            ResourceKind.AUDIT_LOG, Map.of(
                    Access.READ, BuiltInRole.LOG_ANALYTICS_READER,
                    Access.ADMIN, BuiltInRole.LOG_ANALYTICS_CONTRIBUTOR)));

    /** Why Azure RBAC has no role for an access, per kind (databases are handled apart). */
    private static final Map<ResourceKind, String> NO_ROLE = new EnumMap<>(Map.of(
            ResourceKind.BLOCK_VOLUME, "Azure has no data-plane role for a managed disk: its data is read and written through the VM"
                    + " that attaches it",
            ResourceKind.AUDIT_LOG, "resources write to the audit log through diagnostic settings, not through an identity"));

    private final AzureRun run;

    ServiceIdentities(AzureRun run) {
        this.run = run;
    }

    Realised serviceIdentity(Scope scope, ServiceIdentitySpec spec) {
        String name = scope.child("identity");
        UserAssignedIdentity identity = new UserAssignedIdentity(name, UserAssignedIdentityArgs.builder()
                .resourceName(name)
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .tags(run.tags(scope))
                .build(), scope.options(null));
        for (Grant grant : spec.grants()) {
            ResourceKind kind = kind(scope, grant.resource());
            if (kind == ResourceKind.DATABASE) {
                database(scope, identity, name, grant);
                continue;
            }
            BuiltInRole role = ROLES.getOrDefault(kind, Map.of()).get(grant.access());
            if (role == null) {
                scope.degraded(grant.access().wire() + " access on '" + grant.resource() + "' is not granted: "
                        + NO_ROLE.getOrDefault(kind, "Azure has no built-in role for it"), Property.GRANTS);
                continue;
            }
            Handles.Grantable target = scope.lookup(grant.resource(), Handles.Grantable.class);
            run.assignRole(scope, grant.resource() + "-" + grant.access().wire(), role, identity.principalId(), target.grantScope(),
                    scope.name() + " (" + grant.access().wire() + " on " + grant.resource() + ")");
        }
        return Realised.of(identity.id(), new Handles.Identity(scope.name(), identity));
    }

    /**
     * PostgreSQL privileges live inside the database, where Azure RBAC does not reach. Admin can be
     * realised (the identity becomes an Entra administrator of the server); read and write cannot.
     */
    private void database(Scope scope, UserAssignedIdentity identity, String identityName, Grant grant) {
        Handles.Database database = scope.lookup(grant.resource(), Handles.Database.class);
        if (grant.access() == Access.ADMIN) {
            new Administrator(scope.child(grant.resource() + "-admin"), AdministratorArgs.builder()
                    .objectId(identity.principalId())
                    .principalName(identity.name())
                    .principalType(PrincipalType.ServicePrincipal)
                    .tenantId(run.tenantId())
                    .serverName(database.server().name())
                    .resourceGroupName(run.resourceGroupName())
                    .build(), scope.options(null, database.settled()));
            return;
        }
        String privileges = grant.access() == Access.READ ? "SELECT" : "SELECT, INSERT, UPDATE, DELETE";
        scope.degraded(grant.access().wire() + " access on database '" + grant.resource() + "' is not granted: PostgreSQL"
                + " privileges live inside the database, where Azure RBAC does not reach; an Entra administrator of the server must"
                + " run SELECT pgaadauth_create_principal('" + identityName + "', false, false) and GRANT " + privileges
                + " to that role", Property.GRANTS);
    }

    private static ResourceKind kind(Scope scope, String resource) {
        return scope.before().stream().filter(d -> d.name().equals(resource)).map(Declaration::spec).findFirst()
                .orElseThrow(() -> new IllegalStateException("'" + resource + "' is not declared before '" + scope.name() + "'"))
                .kind();
    }
}
