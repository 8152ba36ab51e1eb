package dev.pont.providers.ovhcloud;

import dev.pont.core.adapter.Realised;
import dev.pont.core.facts.Property;
import dev.pont.core.adapter.Scope;
import dev.pont.core.platform.Declaration;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.ResourceKind;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseLogSubscription;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseLogSubscriptionArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.LogsOutputGraylogStream;
import dev.pont.providers.ovhcloud.bindings.ovh.LogsOutputGraylogStreamArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhPackage;

/**
 * The audit log: a Logs Data Platform stream, archived to cold storage for the retention asked
 * (in whole years, as LDP counts it), fed by every managed database declared before it. LDP
 * services cannot be ordered through ovh 2.13.0: the stack config names an existing one.
 */
final class AuditLogs {
    private final OvhRun run;

    AuditLogs(OvhRun run) {
        this.run = run;
    }

    Realised auditLog(Scope scope, AuditLogSpec spec) {
        String ldp = run.session().config().requireAtDeploy(OvhcloudAdapter.TARGET, OvhcloudAdapter.LDP_SERVICE,
                "existing Logs Data Platform service (ldp-xx-xxxxx) receiving the audit log; ovh " + OvhPackage.VERSION + " cannot order one");
        int years = Math.max(1, OvhRun.ceilDiv(spec.retentionDays(), 365));
        Settings.ColdStorage cold = OvhcloudAdapter.SETTINGS.logsColdStorage();
        scope.choice("log-retention", spec.retentionDays() + " days", years + " year" + (years > 1 ? "s" : "") + " of cold storage (" + cold.target() + ")",
                cold.verified(), cold.note());
        var stream = new LogsOutputGraylogStream(scope.child(""), LogsOutputGraylogStreamArgs.builder()
                .serviceName(ldp)
                .title(run.cloudName(scope))
                .description("Pont audit log of stack " + run.session().stack())
                .indexingEnabled(true)
                .coldStorageEnabled(true)
                .coldStorageRetention(years)
                .coldStorageTarget(cold.target())
                .coldStorageContent(cold.content())
                .coldStorageCompression(cold.compression())
                .build(), scope.options(run.ovh()));
        for (Declaration d : scope.before()) {
            if (d.spec().kind() == ResourceKind.DATABASE) {
                var db = scope.lookup(d.name(), Handles.Database.class);
                new DatabaseLogSubscription(scope.child(d.name()), DatabaseLogSubscriptionArgs.builder()
                        .serviceName(run.projectId())
                        .engine("postgresql")
                        .clusterId(db.cluster().id())
                        .kind("customer_logs")
                        .streamId(stream.streamId())
                        .build(), scope.options(run.ovh()));
            }
        }
        scope.degraded("the " + spec.retentionDays() + "-day retention is applied to the stream's cold-storage archive (" + years
                + " year" + (years > 1 ? "s" : "") + "); how long logs stay searchable is the Logs Data Platform cluster's indexing retention, which Pont does not set",
                Property.LOG_RETENTION_DAYS);
        AuditGaps.of(spec, scope.before()).forEach(gap -> scope.degraded(gap, Property.LOGGED_RESOURCES));
        return Realised.of(stream.id(), new Handles.AuditLog(stream));
    }
}
