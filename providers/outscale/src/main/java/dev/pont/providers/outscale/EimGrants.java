package dev.pont.providers.outscale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.ResourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a neutral grant becomes in EIM, read from {@code eim-grants.json}: the OUTSCALE API
 * actions per access level where EIM governs the resource, otherwise the reason it does not.
 */
@JsonIgnoreProperties({"_comment"})
record EimGrants(Map<String, Kind> kinds) {

    record Kind(Map<String, List<String>> actions, String scope, String reason) {
    }

    static EimGrants load() {
        try (InputStream in = EimGrants.class.getResourceAsStream("eim-grants.json")) {
            EimGrants grants = new ObjectMapper().readValue(in, EimGrants.class);
            for (ResourceKind kind : ResourceKind.values()) {
                Kind k = grants.kinds().get(kind.role());
                if (k != null && k.actions() == null && k.reason() == null) {
                    throw new IllegalStateException("kind " + kind.role() + " has neither actions nor a reason");
                }
            }
            return grants;
        } catch (IOException e) {
            throw new IllegalStateException("eim-grants.json is invalid: " + e.getMessage(), e);
        }
    }

    /** The EIM actions for a grant on a resource of this kind, if EIM governs it. */
    Optional<List<String>> actions(ResourceKind kind, Grant.Access access) {
        Kind k = kinds.get(kind.role());
        return k == null || k.actions() == null ? Optional.empty() : Optional.ofNullable(k.actions().get(access.wire()));
    }

    /** Why a grant on this kind is realised account-wide or not at all. */
    String note(ResourceKind kind) {
        Kind k = kinds.get(kind.role());
        if (k == null) {
            return "EIM has no permission model for a " + kind.role();
        }
        return k.actions() == null ? k.reason() : k.scope();
    }
}
