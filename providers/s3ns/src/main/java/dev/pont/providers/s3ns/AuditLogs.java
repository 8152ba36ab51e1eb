package dev.pont.providers.s3ns;

import com.pulumi.gcp.logging.ProjectBucketConfig;
import com.pulumi.gcp.logging.ProjectBucketConfigArgs;
import com.pulumi.gcp.logging.ProjectSink;
import com.pulumi.gcp.logging.ProjectSinkArgs;
import com.pulumi.gcp.projects.IAMAuditConfig;
import com.pulumi.gcp.projects.IAMAuditConfigArgs;
import com.pulumi.gcp.projects.inputs.IAMAuditConfigAuditLogConfigArgs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.platform.Declaration;
import dev.pont.core.spec.AuditLogSpec.Category;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.ResourceKind;
import dev.pont.providers.s3ns.Handles.AuditLogHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log: a log bucket in the region keeping entries {@code retentionDays}, and a sink
 * routing the asked categories of Cloud Audit Logs to it. Audit logs cover every resource of the
 * project, so no per-resource wiring is needed; data-access logs are off by default and are
 * turned on for all services of the project.
 */
final class AuditLogs {
    private final S3nsRun run;

    AuditLogs(S3nsRun run) {
        this.run = run;
    }

    Realised auditLog(Scope scope, AuditLogSpec spec) {
        run.labels(scope); // log buckets and sinks take no labels; the call still declares any label it would rewrite
        String bucketId = run.name(scope, "");
        ProjectBucketConfig bucket = new ProjectBucketConfig(scope.child("bucket"), ProjectBucketConfigArgs.builder()
                .project(run.project)
                .location(run.region)
                .bucketId(bucketId)
                .retentionDays(spec.retentionDays())
                .description("Pont: audit log " + scope.name() + " of stack " + run.session.stack())
                .build(), run.options(scope));
        List<String> logNames = new ArrayList<>();
        for (Category c : spec.categories()) {
            logNames.addAll(S3nsData.UNIVERSE.auditLogs().getOrDefault(c.wire(), List.of()));
        }
        String filter = String.join(" OR ", logNames.stream().map(n -> "logName:\"" + n + "\"").toList());
        String destination = S3nsData.UNIVERSE.service("logging") + "/projects/" + run.project + "/locations/" + run.region
                + "/buckets/" + bucketId;
        new ProjectSink(scope.child("sink"), ProjectSinkArgs.builder()
                .name(run.name(scope, ""))
                .project(run.project)
                .destination(destination)
                .filter(filter)
                .uniqueWriterIdentity(true)
                .description("Pont: " + spec.categories().stream().map(Category::wire).toList() + " audit logs to " + bucketId)
                .build(), run.options(scope, bucket));
        if (spec.categories().contains(Category.DATA_ACCESS)) {
            // Authoritative for "allServices" in the project: one stack per project should own it (README).
            new IAMAuditConfig(scope.child("data-access"), IAMAuditConfigArgs.builder()
                    .project(run.project)
                    .service("allServices")
                    .auditLogConfigs(List.of("ADMIN_READ", "DATA_READ", "DATA_WRITE").stream()
                            .map(t -> IAMAuditConfigAuditLogConfigArgs.builder().logType(t).build()).toList())
                    .build(), run.options(scope));
        }
        guestAndDatabaseGaps(scope, spec);
        return Realised.of(bucket.id(), new AuditLogHandle(bucket));
    }

    /** What Cloud Audit Logs do not see: statements inside PostgreSQL and events inside VM guests. */
    private void guestAndDatabaseGaps(Scope scope, AuditLogSpec spec) {
        boolean database = false;
        boolean vm = false;
        for (Declaration d : scope.before()) {
            database |= d.spec().kind() == ResourceKind.DATABASE;
            vm |= d.spec().kind() == ResourceKind.VIRTUAL_MACHINE;
        }
        if (database && spec.categories().contains(Category.DATA_ACCESS)) {
            scope.degraded("data access inside PostgreSQL (statements) is not logged: that needs the pgaudit extension"
                    + " (flag cloudsql.enable_pgaudit), not enabled", Property.LOGGED_RESOURCES);
        }
        if (vm && (spec.categories().contains(Category.DATA_ACCESS) || spec.categories().contains(Category.SECURITY))) {
            scope.degraded("events inside VM guests (logins, file access) are not collected: that needs the Ops Agent in each VM,"
                    + " not installed", Property.LOGGED_RESOURCES);
        }
    }
}
