package dev.pont.providers.azure.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.spec.ResourceKind;
import java.util.List;

/**
 * Log Analytics workspaces and what is sent to them as the audit log. A workspace keeps logs
 * {@code retentionInDays}, 30 days unless set (7 on the legacy Free tier); a diagnostic setting
 * states the resource whose logs it sends, when it sends any.
 */
final class AuditFacts {
    private static final String ROLE = ResourceKind.AUDIT_LOG.role();

    private AuditFacts() {}

    static void register(Rules rules) {
        rules.on("azure-native:operationalinsights:Workspace", ROLE, r -> {
                    Integer days = Inputs.integer(r, "retentionInDays");
                    boolean free = Inputs.is(Inputs.str(r, "sku.name"), "Free");
                    return props()
                            .put(Property.LOG_RETENTION_DAYS, days != null ? days : free ? 7 : 30)
                            .put(Property.PUBLIC_ENDPOINT, !Inputs.is(Inputs.str(r, "publicNetworkAccessForQuery"), "Disabled")
                                    || !Inputs.is(Inputs.str(r, "publicNetworkAccessForIngestion"), "Disabled"))
                            .put(Property.LOCATION, Inputs.location(r));
                })
                .on("azure-native:insights:DiagnosticSetting", ROLE, r -> props()
                        .put(Property.LOGGED_RESOURCES, sendsLogs(r) && Inputs.str(r, "resourceUri") != null
                                ? List.of(Inputs.str(r, "resourceUri")) : null))
                .on("azure-native:insights:SubscriptionDiagnosticSetting", ROLE, r -> props()
                        .put(Property.LOGGED_RESOURCES, sendsLogs(r) ? List.of("activity-log") : null))
                .on("azure-native:network:FlowLog", ROLE, r -> props()
                        .put(Property.LOGGED_RESOURCES, Boolean.FALSE.equals(Inputs.bool(r, "enabled")) || Inputs.str(r, "targetResourceId") == null
                                ? null : List.of(Inputs.str(r, "targetResourceId")))
                        .put(Property.LOG_RETENTION_DAYS, flowLogRetention(r))
                        .put(Property.LOCATION, Inputs.location(r)));
        for (String type : List.of("DataCollectionRule", "DataCollectionRuleAssociation", "DataCollectionEndpoint")) {
            rules.on("azure-native:insights:" + type, AzureFacts.LOG_COLLECTION, r -> props().put(Property.LOCATION, Inputs.location(r)));
        }
    }

    private static boolean sendsLogs(Object setting) {
        return Inputs.maps(setting, "logs").stream().anyMatch(log -> Boolean.TRUE.equals(Inputs.bool(log, "enabled")));
    }

    /** Flow logs kept {@code retentionPolicy.days} when the policy is on; 0 days means "forever", which no number states. */
    private static Integer flowLogRetention(Object flowLog) {
        Integer days = Inputs.integer(flowLog, "retentionPolicy.days");
        return Boolean.TRUE.equals(Inputs.bool(flowLog, "retentionPolicy.enabled")) && days != null && days > 0 ? days : null;
    }
}
