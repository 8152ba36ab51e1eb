package dev.pont.providers.s3ns;

import com.pulumi.core.Output;
import com.pulumi.gcp.compute.DiskIamMember;
import com.pulumi.gcp.compute.DiskIamMemberArgs;
import com.pulumi.gcp.compute.InstanceIAMMember;
import com.pulumi.gcp.compute.InstanceIAMMemberArgs;
import com.pulumi.gcp.kms.KeyRingIAMMember;
import com.pulumi.gcp.kms.KeyRingIAMMemberArgs;
import com.pulumi.gcp.projects.IAMMember;
import com.pulumi.gcp.projects.IAMMemberArgs;
import com.pulumi.gcp.secretmanager.SecretIamMember;
import com.pulumi.gcp.secretmanager.SecretIamMemberArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.gcp.sql.User;
import com.pulumi.gcp.sql.UserArgs;
import com.pulumi.gcp.storage.BucketIAMMember;
import com.pulumi.gcp.storage.BucketIAMMemberArgs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.platform.Declaration;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.providers.s3ns.Handles.AccountHandle;
import dev.pont.providers.s3ns.Handles.BucketHandle;
import dev.pont.providers.s3ns.Handles.DatabaseHandle;
import dev.pont.providers.s3ns.Handles.DiskHandle;
import dev.pont.providers.s3ns.Handles.InstanceHandle;
import dev.pont.providers.s3ns.Handles.KeyVaultHandle;
import dev.pont.providers.s3ns.Handles.SecretHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Service identities: a service account (no key: workloads attach it, or impersonate it through
 * workload identity federation) and one IAM member per role a grant maps to in {@code grants.json},
 * bound on the resource itself wherever the service has resource-level IAM.
 */
final class Identities {
    private final S3nsRun run;

    Identities(S3nsRun run) {
        this.run = run;
    }

    Realised serviceIdentity(Scope scope, ServiceIdentitySpec spec) {
        run.labels(scope); // service accounts take no labels; the call still declares any label it would rewrite
        Account account = new Account(scope.child("sa"), AccountArgs.builder()
                .accountId(GcpNames.accountId(run.session.stack(), scope.name()))
                .project(run.project)
                .displayName("Pont " + run.session.stack() + "/" + scope.name())
                .description("Pont: service identity " + scope.name() + " of stack " + run.session.stack() + " (no keys)")
                .build(), run.options(scope));
        Map<String, ResourceKind> kinds = new HashMap<>();
        for (Declaration d : scope.before()) {
            kinds.put(d.name(), d.spec().kind());
        }
        for (Grant grant : spec.grants()) {
            grant(scope, account, grant, kinds.get(grant.resource()));
        }
        return new Realised(account.id(), account.email(), new AccountHandle(account));
    }

    private void grant(Scope scope, Account account, Grant grant, ResourceKind kind) {
        String access = grant.access().wire();
        String what = "grant " + access + " on '" + grant.resource() + "'";
        S3nsData.GrantRoles roles = S3nsData.GRANTS.get(kind.role());
        List<String> names = roles == null ? List.of() : roles.roles(access);
        if (names.isEmpty()) {
            scope.degraded(what + " not realised: " + (roles == null ? "no IAM role is known for a " + kind.role() : roles.reason()), Property.GRANTS);
            return;
        }
        Output<String> member = account.member();
        if (roles.projectWide()) {
            scope.degraded(what + " is bound on the project (" + String.join(", ", names) + "): " + roles.projectNote(), Property.GRANTS);
        }
        for (String role : names) {
            String child = scope.child(grant.resource() + "-" + role.substring(role.lastIndexOf('.') + 1).replace('/', '-'));
            bind(scope, child, kind, grant.resource(), role, member, roles.projectWide());
        }
        if (kind == ResourceKind.DATABASE && grant.access() != Grant.Access.ADMIN) {
            databaseUser(scope, account, grant);
        }
    }

    private void bind(Scope scope, String child, ResourceKind kind, String resource, String role, Output<String> member, boolean project) {
        var options = run.options(scope);
        if (project) {
            new IAMMember(child, IAMMemberArgs.builder().project(run.project).role(role).member(member).build(), options);
            return;
        }
        switch (kind) {
            case OBJECT_STORE -> new BucketIAMMember(child, BucketIAMMemberArgs.builder()
                    .bucket(scope.lookup(resource, BucketHandle.class).bucket().name()).role(role).member(member).build(), options);
            case KEY_VAULT -> new KeyRingIAMMember(child, KeyRingIAMMemberArgs.builder()
                    .keyRingId(scope.lookup(resource, KeyVaultHandle.class).ring().id()).role(role).member(member).build(), options);
            case SECRET -> new SecretIamMember(child, SecretIamMemberArgs.builder()
                    .project(run.project)
                    .secretId(scope.lookup(resource, SecretHandle.class).secret().secretId()).role(role).member(member).build(), options);
            case VIRTUAL_MACHINE -> {
                InstanceHandle vm = scope.lookup(resource, InstanceHandle.class);
                new InstanceIAMMember(child, InstanceIAMMemberArgs.builder().project(run.project).zone(vm.zone())
                        .instanceName(vm.instance().name()).role(role).member(member).build(), options);
            }
            case BLOCK_VOLUME -> {
                DiskHandle disk = scope.lookup(resource, DiskHandle.class);
                new DiskIamMember(child, DiskIamMemberArgs.builder().project(run.project).zone(disk.zone())
                        .name(disk.disk().name()).role(role).member(member).build(), options);
            }
            case SERVICE_IDENTITY -> new com.pulumi.gcp.serviceaccount.IAMMember(child, com.pulumi.gcp.serviceaccount.IAMMemberArgs.builder()
                    .serviceAccountId(scope.lookup(resource, AccountHandle.class).account().name()).role(role).member(member).build(), options);
            default -> throw new IllegalStateException("grants.json binds " + kind.role() + " on the resource, but no IAM member type is known for it");
        }
    }

    /**
     * Read and write on a database: the identity logs in to PostgreSQL through IAM database
     * authentication; what it may read or write is granted inside the database.
     */
    private void databaseUser(Scope scope, Account account, Grant grant) {
        DatabaseHandle db = scope.lookup(grant.resource(), DatabaseHandle.class);
        Output<String> user = account.email().applyValue(Identities::postgresUser);
        new User(scope.child(grant.resource() + "-user"), UserArgs.builder()
                .project(run.project)
                .instance(db.instance().name())
                .name(user)
                .type("CLOUD_IAM_SERVICE_ACCOUNT")
                .build(), run.options(scope));
        String privilege = grant.access() == Grant.Access.READ ? "pg_read_all_data" : "pg_read_all_data, pg_write_all_data";
        scope.degraded("grant " + grant.access().wire() + " on '" + grant.resource() + "' is realised as an IAM database user only:"
                + " PostgreSQL privileges live inside the database; run GRANT " + privilege
                + " TO \"<service account email without .gserviceaccount.com>\" as an administrator", Property.GRANTS);
    }

    /** Cloud SQL for PostgreSQL names an IAM service-account user by its email without the {@code .gserviceaccount.com} suffix. */
    static String postgresUser(String email) {
        return email.endsWith(".gserviceaccount.com") ? email.substring(0, email.length() - ".gserviceaccount.com".length()) : email;
    }
}
