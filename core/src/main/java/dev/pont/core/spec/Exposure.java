package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How a data service can be reached. Private by default: no public endpoint; reachable from
 * the given subnet (through a private endpoint or VNet integration) and from the allowed
 * CIDRs only. Public means an internet-facing endpoint, filtered by the allowed CIDRs if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Exposure(boolean publicEndpoint, Refs.SubnetRef subnet, List<Cidr> allowedCidrs) {

    public Exposure {
        allowedCidrs = Checks.list(allowedCidrs).stream().sorted().toList();
        if (!publicEndpoint && allowedCidrs.stream().anyMatch(Cidr::isAny)) {
            throw new SpecException("a private exposure cannot allow 0.0.0.0/0: remove it or make the endpoint public explicitly");
        }
    }

    /** No public endpoint and no network path: reachable only through the provider's control plane. */
    public static Exposure isolated() {
        return new Exposure(false, null, List.of());
    }

    /** No public endpoint; reachable from one subnet of the stack's network. */
    public static Exposure privateIn(Refs.SubnetRef subnet) {
        return new Exposure(false, Checks.notNull("exposure subnet", subnet), List.of());
    }

    /** An internet-facing endpoint: only when asked, and filtered by CIDRs if any are given. */
    public static Exposure publicFrom(List<Cidr> allowed) {
        return new Exposure(true, null, allowed);
    }

    public Exposure allowing(Cidr... cidrs) {
        List<Cidr> all = new java.util.ArrayList<>(allowedCidrs);
        all.addAll(List.of(cidrs));
        return new Exposure(publicEndpoint, subnet, all);
    }

    /** Public with no CIDR filter: reachable from the whole internet. */
    public boolean openToInternet() {
        return publicEndpoint && (allowedCidrs.isEmpty() || allowedCidrs.stream().anyMatch(Cidr::isAny));
    }

    List<Refs.Ref> references() {
        return subnet == null ? List.of() : List.of(subnet);
    }
}
