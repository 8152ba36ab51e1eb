package dev.pont.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows reading related resources of the plan: a resource's provider, a resource named by id. */
class RelatedTest {
    static final PlannedResource PROVIDER = new PlannedResource("urn:pulumi:s::p::pulumi:providers:fake::eu", "pulumi:providers:fake", "eu",
            null, true, "eu-1234", Map.of("region", "francecentral"), null, List.of());
    static final PlannedResource GROUP = new PlannedResource("urn:pulumi:s::p::fake:index:Group::g", "fake:index:Group", "g", null, true,
            "grp-1", Map.of("closed", true), PROVIDER.urn() + "::" + PROVIDER.id(), List.of());
    static final PlannedResource MEMBER = new PlannedResource("urn:pulumi:s::p::fake:index:Member::m", "fake:index:Member", "m", null, true,
            "mem-1", Map.of("groupId", "grp-1"), PROVIDER.urn() + "::" + PROVIDER.id(), List.of());
    static final Plan PLAN = new Plan("s", "fake", List.of(PROVIDER, GROUP, MEMBER), null, null, null);

    static final Rules RULES = new Rules("fake")
            .on("fake:index:Group", "firewall", r -> Rules.props().put(Property.DENY_BY_DEFAULT, Rules.bool(r, "closed")))
            .onRelated("fake:index:Member", "firewall", (r, related) -> Rules.props()
                    .put(Property.DENY_BY_DEFAULT, related.byId(Rules.str(r, "groupId")).map(g -> Rules.bool(g, "closed")).orElse(null))
                    .put(Property.LOCATION, related.provider(r).map(p -> Rules.str(p, "region")).orElse(null)));

    @Test
    void aRowReadsTheResourceItNamesAndItsProvider() {
        Fact member = Facts.of(PLAN, List.of(RULES)).byUrn().get(MEMBER.urn());
        assertThat(member.properties()).containsEntry("denyByDefault", true).containsEntry("location", "francecentral");
    }

    @Test
    void onItsOwnAResourceStatesOnlyWhatItHolds() {
        Fact member = Facts.extract(MEMBER, List.of(RULES));
        assertThat(member.mapped()).isTrue();
        assertThat(member.properties()).isEmpty();
    }

    @Test
    void lookupsByIdTypeAndProviderReference() {
        Related related = Related.of(PLAN);
        assertThat(related.byId("grp-1")).contains(GROUP);
        assertThat(related.byId("nope")).isEmpty();
        assertThat(related.ofType("fake:index:Member")).containsExactly(MEMBER);
        assertThat(related.provider(MEMBER)).contains(PROVIDER);
        assertThat(related.provider(PROVIDER)).isEmpty();
        assertThat(Related.of(null).provider(MEMBER)).isEmpty();
    }

    @Test
    void theTableListsItsMappedAndLockInTypes() {
        Rules rules = new Rules("fake").on("fake:index:A", "network", r -> Rules.props()).lockIn("fake:index:B", "fake-only");
        assertThat(rules.types()).containsExactly("fake:index:A");
        assertThat(rules.lockIns()).containsExactly("fake:index:B");
    }
}
