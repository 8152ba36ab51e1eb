package dev.pont.providers.s3ns.facts;

import static dev.pont.core.facts.Rules.props;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.json.Json;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.ResourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Service accounts and IAM bindings.
 *
 * <p>A service account ({@code serviceaccount/account:Account}) is a service identity: something a
 * workload runs as. A Google-managed service agent ({@code projects/serviceIdentity:ServiceIdentity})
 * is a Google service's own plumbing: an {@code identity-binding}. Every IAM member, binding or policy
 * is an {@code identity-binding} that states the grant its predefined role gives ({@code roles.json})
 * on the resource it is bound to: {@code read:<bucket name>}, {@code read:<crypto key id>},
 * {@code read:projects/<p>/secrets/<id>}, {@code read:projects/<p>} for project-wide bindings. A role
 * not in the table (custom roles, connectivity-only roles) states no grant rather than a guessed one.
 * Who the member is does not change the grant: the binding sits under the identity it serves.
 */
final class IamFacts {
    private static final Map<String, Grant.Access> ROLES = load();

    private IamFacts() {}

    static void register(Rules rules) {
        rules.on("gcp:serviceaccount/account:Account", ResourceKind.SERVICE_IDENTITY.role(), r -> props())
                .on("gcp:projects/serviceIdentity:ServiceIdentity", GcpFacts.IDENTITY_BINDING, r -> props())
                .on("gcp:serviceaccount/key:Key", GcpFacts.IDENTITY_BINDING, r -> props())
                .on("gcp:projects/iAMCustomRole:IAMCustomRole", GcpFacts.ROLE_DEFINITION, r -> props())
                .on("gcp:organizations/iAMCustomRole:IAMCustomRole", GcpFacts.ROLE_DEFINITION, r -> props());
        binding(rules, "gcp:storage/bucketIAM", r -> Gcp.str(r, "bucket"), "Member", "Binding", "Policy");
        binding(rules, "gcp:kms/cryptoKeyIAM", r -> Gcp.str(r, "cryptoKeyId"), "Member", "Binding", "Policy");
        binding(rules, "gcp:kms/keyRingIAM", r -> Gcp.str(r, "keyRingId"), "Member", "Binding", "Policy");
        binding(rules, "gcp:secretmanager/secretIam", IamFacts::secret, "Member", "Binding", "Policy");
        binding(rules, "gcp:projects/iAM", r -> project(Gcp.str(r, "project")), "Member", "Binding", "Policy");
        binding(rules, "gcp:serviceaccount/iAM", r -> Gcp.str(r, "serviceAccountId"), "Member", "Binding", "Policy");
    }

    /** Registers {@code <prefix><Kind>} types (token {@code gcp:storage/bucketIAMMember:BucketIAMMember}). */
    private static void binding(Rules rules, String prefix, Function<PlannedResource, String> target, String... kinds) {
        String module = prefix.substring(0, prefix.indexOf('/') + 1);
        String stem = prefix.substring(prefix.indexOf('/') + 1);
        for (String kind : kinds) {
            String typeName = Character.toUpperCase(stem.charAt(0)) + stem.substring(1) + kind;
            String type = module + stem + kind + ":" + typeName;
            rules.on(type, GcpFacts.IDENTITY_BINDING, r -> kind.equals("Policy") ? props() : grant(r, target.apply(r)));
        }
    }

    static Rules.Props grant(PlannedResource r, String target) {
        return props().put(Property.GRANTS, access(Gcp.str(r, "role")).filter(a -> target != null)
                .map(a -> List.of(a.wire() + ":" + target)).orElse(null));
    }

    static Optional<Grant.Access> access(String role) {
        return role == null ? Optional.empty() : Optional.ofNullable(ROLES.get(role));
    }

    private static String secret(PlannedResource r) {
        String id = Gcp.str(r, "secretId");
        if (id == null || id.startsWith("projects/")) {
            return id;
        }
        String project = Gcp.str(r, "project");
        return project == null ? id : "projects/" + project + "/secrets/" + id;
    }

    private static String project(String project) {
        return project == null ? null : project.startsWith("projects/") ? project : "projects/" + project;
    }

    private static Map<String, Grant.Access> load() {
        try (InputStream in = IamFacts.class.getResourceAsStream("roles.json")) {
            JsonNode roles = Json.mapper().readTree(in).required("roles");
            Map<String, Grant.Access> map = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = roles.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().startsWith("roles/")) {
                    throw new IllegalStateException("not a predefined role: " + e.getKey());
                }
                map.put(e.getKey(), Grant.Access.of(e.getValue().asText()));
            }
            return Map.copyOf(map);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("roles.json is missing or invalid", e);
        }
    }
}
