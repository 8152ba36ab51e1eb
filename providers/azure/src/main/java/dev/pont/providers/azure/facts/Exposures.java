package dev.pont.providers.azure.facts;

import java.util.List;
import java.util.Map;

/** Who may reach a public endpoint guarded by an Azure network rule set (storage {@code networkRuleSet}, Key Vault {@code networkAcls}). */
final class Exposures {
    private Exposures() {}

    /**
     * The address ranges a rule set admits: its IP rules when the default action is {@code Deny};
     * everyone ({@code 0.0.0.0/0}) when it is {@code Allow} or the rule set is absent (Azure's default).
     */
    static List<String> allowed(Object resource, String ruleSetPath) {
        Object ruleSet = Inputs.at(resource, ruleSetPath);
        if (ruleSet == null || !Inputs.is(Inputs.str(ruleSet, "defaultAction"), "Deny")) {
            return List.of("0.0.0.0/0");
        }
        return Inputs.maps(ruleSet, "ipRules").stream()
                .map(rule -> rule.get("value") != null ? rule.get("value") : rule.get("iPAddressOrRange"))
                .filter(v -> v != null && !(v instanceof Map))
                .map(v -> Values.cidr(String.valueOf(v))).sorted().distinct().toList();
    }
}
