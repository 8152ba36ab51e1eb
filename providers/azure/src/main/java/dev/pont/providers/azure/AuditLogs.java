package dev.pont.providers.azure;

import com.pulumi.azurenative.insights.DiagnosticSetting;
import com.pulumi.azurenative.insights.DiagnosticSettingArgs;
import com.pulumi.azurenative.insights.inputs.LogSettingsArgs;
import com.pulumi.azurenative.operationalinsights.Workspace;
import com.pulumi.azurenative.operationalinsights.WorkspaceArgs;
import com.pulumi.azurenative.operationalinsights.enums.PublicNetworkAccessType;
import com.pulumi.azurenative.operationalinsights.enums.WorkspaceSkuNameEnum;
import com.pulumi.azurenative.operationalinsights.inputs.WorkspaceCappingArgs;
import com.pulumi.azurenative.operationalinsights.inputs.WorkspaceFeaturesArgs;
import com.pulumi.azurenative.operationalinsights.inputs.WorkspaceSkuArgs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.platform.Declaration;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.AuditLogSpec.Category;
import dev.pont.core.spec.ResourceKind;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The audit log is a Log Analytics workspace; every earlier resource that writes resource logs
 * gets a diagnostic setting sending the asked categories to it.
 */
final class AuditLogs {
    private static final String GROUP = "group:";

    private final AzureRun run;

    AuditLogs(AzureRun run) {
        this.run = run;
    }

    Realised auditLog(Scope scope, AuditLogSpec spec) {
        Workspace workspace = new Workspace(scope.child("workspace"), WorkspaceArgs.builder()
                .workspaceName(run.globalName(scope, AzureNames::logWorkspace))
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .sku(WorkspaceSkuArgs.builder().name(WorkspaceSkuNameEnum.PerGB2018).build())
                .retentionInDays(retention(scope, spec.retentionDays()))
                // No daily cap: audit records are never dropped to save cost.
                .workspaceCapping(WorkspaceCappingArgs.builder().dailyQuotaGb(-1.0).build())
                // Entra ID only, and readers see the logs of the resources they may read.
                .features(WorkspaceFeaturesArgs.builder()
                        .disableLocalAuth(true)
                        .enableLogAccessUsingOnlyResourcePermissions(true)
                        .build())
                .publicNetworkAccessForIngestion(PublicNetworkAccessType.Enabled)
                .publicNetworkAccessForQuery(PublicNetworkAccessType.Enabled)
                .tags(run.tags(scope))
                .build(), scope.options(null));
        for (Declaration earlier : scope.before()) {
            if (scope.realised(earlier.name()).handle() instanceof Handles.Logged logged) {
                for (Handles.LogSource source : logged.logSources()) {
                    diagnostics(scope, workspace, source, spec.categories());
                }
            }
        }
        declareGaps(scope, spec);
        return Realised.of(workspace.id(), new Handles.AuditLog(scope.name(), workspace));
    }

    private int retention(Scope scope, int days) {
        AzureRules.Bounds bounds = run.rules().logAnalyticsRetentionDays();
        if (days > bounds.max()) {
            scope.degraded("logs are kept " + bounds.max() + " days, not " + days + ": a Log Analytics workspace keeps logs"
                    + " searchable at most " + bounds.max() + " days; longer retention needs per-table archive settings or an"
                    + " export to immutable storage, which Pont does not set up", Property.LOG_RETENTION_DAYS);
            return bounds.max();
        }
        if (days < bounds.min()) {
            scope.degraded("logs are kept " + bounds.min() + " days, longer than the " + days + " asked: the workspace minimum",
                    Property.LOG_RETENTION_DAYS);
            return bounds.min();
        }
        return days;
    }

    /** One diagnostic setting per log source, with the categories (or category groups) the asked categories map to. */
    private void diagnostics(Scope scope, Workspace workspace, Handles.LogSource source, Set<Category> categories) {
        AzureRules.Diagnostics rules = run.rules().diagnostics().get(source.kind());
        Set<String> entries = new TreeSet<>();
        categories.forEach(c -> entries.addAll(rules.categories().getOrDefault(c.wire(), List.of())));
        rules.implies().forEach((entry, covered) -> {
            if (entries.contains(entry)) {
                covered.forEach(entries::remove);
            }
        });
        if (entries.isEmpty()) {
            return;
        }
        new DiagnosticSetting(scope.child(source.name()), DiagnosticSettingArgs.builder()
                .name("pont-" + scope.name())
                .resourceUri(source.resourceUri())
                .workspaceId(workspace.id())
                .logs(entries.stream().map(e -> e.startsWith(GROUP)
                        ? LogSettingsArgs.builder().categoryGroup(e.substring(GROUP.length())).enabled(true).build()
                        : LogSettingsArgs.builder().category(e).enabled(true).build()).toList())
                .build(), scope.options(null));
    }

    /** What resource diagnostic settings cannot collect. */
    private static void declareGaps(Scope scope, AuditLogSpec spec) {
        Set<Category> categories = spec.categories();
        if (categories.contains(Category.ADMINISTRATIVE)) {
            scope.degraded("control-plane changes (who created, changed or deleted Azure resources) stay in the subscription's"
                    + " Activity Log, which Azure keeps 90 days: Pont does not change subscription-wide diagnostic settings (at"
                    + " most 5 per subscription, shared by every workload); route the Activity Log to this workspace once per"
                    + " subscription", Property.LOGGED_RESOURCES);
        }
        for (Declaration earlier : scope.before()) {
            ResourceKind kind = earlier.spec().kind();
            if (kind == ResourceKind.VIRTUAL_MACHINE
                    && (categories.contains(Category.SECURITY) || categories.contains(Category.DATA_ACCESS))) {
                scope.degraded("virtual machine '" + earlier.name() + "': logins and commands (sshd, sudo) stay inside the VM;"
                        + " collecting them needs the Azure Monitor Agent and a data collection rule, which Pont does not install",
                        Property.LOGGED_RESOURCES);
            }
            if (kind == ResourceKind.DATABASE && categories.contains(Category.DATA_ACCESS)) {
                scope.degraded("database '" + earlier.name() + "': statements reading or changing data are not logged one by one;"
                        + " that needs the pgaudit extension (shared_preload_libraries and a restart), which Pont does not enable;"
                        + " server logs and session statistics are sent", Property.LOGGED_RESOURCES);
            }
        }
    }
}
