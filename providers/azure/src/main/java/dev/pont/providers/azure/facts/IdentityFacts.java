package dev.pont.providers.azure.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Managed identities and role assignments.
 *
 * <p>The rule for roles. A role assignment is an {@code identity-binding}: it binds a principal to a
 * role on a scope and states that grant ({@code read:<scope>}, {@code write:<scope>},
 * {@code admin:<scope>} from the built-in role); it is never a service identity itself, so a key-access
 * assignment under an object store or a database never makes that store look like an identity.
 * A user-assigned identity is a {@code service-identity} (something a workload runs as) unless the
 * plan shows it is a managed service's own plumbing: attached as the identity of resources that run
 * no customer code (a storage account or database server reaching its customer key, a disk encryption
 * set, a Kubernetes control plane) and federated to no workload. Then it is an {@code identity-binding}
 * too. An identity the plan shows no use of stays a service identity.
 */
final class IdentityFacts {
    static final String IDENTITY = "azure-native:managedidentity:UserAssignedIdentity";
    static final String FEDERATED = "azure-native:managedidentity:FederatedIdentityCredential";

    /** Resources whose attached identity is the one the customer's code runs as. */
    static final Set<String> RUNS_CUSTOMER_CODE = Set.of(
            "azure-native:compute:VirtualMachine", "azure-native:compute:VirtualMachineScaleSet",
            "azure-native:containerinstance:ContainerGroup", "azure-native:web:WebApp", "azure-native:web:WebAppSlot",
            "azure-native:app:ContainerApp", "azure-native:app:Job", "azure-native:logic:Workflow",
            "azure-native:datafactory:Factory", "azure-native:batch:Pool");

    private IdentityFacts() {}

    static void register(Rules rules) {
        rules.onInPlan(IDENTITY, IdentityFacts::identityRole, (r, plan) -> props().put(Property.LOCATION, Inputs.location(r)))
                .on("azure-native:authorization:RoleAssignment", AzureFacts.IDENTITY_BINDING, IdentityFacts::roleAssignment)
                .on("azure-native:authorization:RoleDefinition", AzureFacts.ROLE_DEFINITION, r -> props());
        for (String type : List.of("ManagementLockAtResourceGroupLevel", "ManagementLockAtResourceLevel",
                "ManagementLockAtSubscriptionLevel", "ManagementLockByScope")) {
            rules.on("azure-native:authorization:" + type, AzureFacts.RESOURCE_LOCK, r -> props());
        }
    }

    /** The grant of a built-in role on the assignment's scope; a custom or unlisted role states none. */
    static Rules.Props roleAssignment(PlannedResource r) {
        String scope = Inputs.str(r, "scope");
        return props().put(Property.GRANTS, BuiltInRoles.of(Inputs.str(r, "roleDefinitionId"))
                .filter(role -> scope != null)
                .map(role -> List.of(role.access().wire() + ":" + scope)).orElse(null));
    }

    static String identityRole(PlannedResource identity, Plan plan) {
        String name = Inputs.str(identity, "resourceName");
        boolean federated = Neighbours.ofType(plan, FEDERATED).stream()
                .anyMatch(f -> Inputs.is(Inputs.str(f, "resourceName"), name));
        List<PlannedResource> users = new ArrayList<>();
        for (PlannedResource other : Neighbours.usersOf(plan, identity.id(), name)) {
            if (other != identity) {
                users.add(other);
            }
        }
        boolean plumbing = !federated && !users.isEmpty() && users.stream().noneMatch(u -> RUNS_CUSTOMER_CODE.contains(AzureFacts.canonical(u.type())));
        return plumbing ? AzureFacts.IDENTITY_BINDING : ResourceKind.SERVICE_IDENTITY.role();
    }
}
