package dev.pont.providers.azure;

import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.authorization.enums.PrincipalType;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Scope;
import dev.pont.core.adapter.Session;
import dev.pont.core.catalog.Catalog;
import java.util.Map;

/**
 * The state of one run on Azure: the stack's resource group and region, the deploying
 * principal's tenant and subscription, and the helpers every realiser shares.
 */
final class AzureRun {
    static final String TARGET = "azure";

    private final Session session;
    private final Catalog catalog;
    private final AzureRules rules;
    private final String location;
    private final ResourceGroup resourceGroup;
    private final Output<GetClientConfigResult> client;

    AzureRun(Session session, Catalog catalog, AzureRules rules) {
        this.session = session;
        this.catalog = catalog;
        this.rules = rules;
        this.location = catalog.region(session.placement());
        // Tenant and subscription of whoever deploys: resolved by the provider at deploy time, never typed into a stack.
        this.client = AuthorizationFunctions.getClientConfig();
        String name = AzureNames.resourceGroup(session.stack());
        // One resource group per stack, outside any component: deleting it is deleting the stack.
        this.resourceGroup = new ResourceGroup(name, ResourceGroupArgs.builder()
                .resourceGroupName(name)
                .location(location)
                .tags(session.baseLabels().asMap())
                .build());
    }

    Session session() {
        return session;
    }

    Catalog catalog() {
        return catalog;
    }

    AzureRules rules() {
        return rules;
    }

    String location() {
        return location;
    }

    Output<String> resourceGroupName() {
        return resourceGroup.name();
    }

    Output<String> tenantId() {
        return client.applyValue(GetClientConfigResult::tenantId);
    }

    Output<String> subscriptionId() {
        return client.applyValue(GetClientConfigResult::subscriptionId);
    }

    /** Tags for a resource of this declaration: the stack's and the declaration's labels. */
    Map<String, String> tags(Scope scope) {
        return scope.labels().asMap();
    }

    /** A name Azure wants unique worldwide, derived from the subscription, the stack and the resource. */
    Output<String> globalName(Scope scope, NameRule rule) {
        return subscriptionId().applyValue(subscription -> rule.name(subscription, session.stack(), scope.name()));
    }

    /** One of {@link AzureNames}' worldwide-unique name rules. */
    @FunctionalInterface
    interface NameRule {
        String name(String subscription, String stack, String resource);
    }

    /**
     * Assigns a built-in role to a managed identity on one resource. The assignment's name is derived
     * from the subscription, stack and assignment, so re-runs update it instead of adding another.
     */
    RoleAssignment assignRole(Scope scope, String suffix, BuiltInRole role, Output<String> principalId,
                              Output<String> on, String why, Resource... dependsOn) {
        String name = scope.child(suffix);
        return new RoleAssignment(name, RoleAssignmentArgs.builder()
                .roleAssignmentName(subscriptionId().applyValue(s -> AzureNames.roleAssignment(s, session.stack(), name)))
                .principalId(principalId)
                // Managed identities are service principals; saying so avoids Entra replication-delay failures.
                .principalType(PrincipalType.ServicePrincipal)
                .roleDefinitionId(subscriptionId().applyValue(role::definitionId))
                .scope(on)
                .description("pont " + session.stack() + ": " + role.displayName() + " for " + why)
                .build(), scope.options(null, dependsOn));
    }
}
