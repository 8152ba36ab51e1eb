package dev.pont.providers.azure.facts;

import dev.pont.core.facts.Rules;

/**
 * Microsoft Entra ID resources ({@code azuread} provider: applications, service principals, groups, users,
 * conditional access...). None has a neutral role: Entra ID is Microsoft's directory, and on SecNumCloud
 * clouds identities live in the target's IAM or a self-managed identity provider. Every type of the
 * package is reported as a lock-in with that reason, the main ones with their own.
 */
public final class EntraFacts extends Rules {
    private static final String DIRECTORY = "Microsoft Entra ID is Microsoft's directory; on SecNumCloud clouds identities "
            + "live in the target's IAM or a self-managed identity provider (Keycloak) federated with the organisation's directory";

    public EntraFacts() {
        super("azuread");
        lockIn("azuread:index/application:Application", "an Entra ID app registration (OAuth/OIDC client); the client is "
                + "registered again in the target's identity provider, with new credentials");
        lockIn("azuread:index/servicePrincipal:ServicePrincipal", "an Entra ID service principal: the app's identity in the tenant, "
                + "replaced by a client or service account in the target's identity provider");
        lockIn("azuread:index/group:Group", "an Entra ID group: membership is recreated in the target's identity provider "
                + "or synchronised from the organisation's directory");
    }

    @Override
    public String unmappedReason(String type) {
        return lockIns().contains(type) ? super.unmappedReason(type) : "lock-in: " + DIRECTORY;
    }
}
