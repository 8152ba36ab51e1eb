package dev.pont.core.spec;

import java.util.HashSet;
import java.util.List;

/** A workload identity (no password) and what it may do on other resources of the stack. */
public record ServiceIdentitySpec(List<Grant> grants, Labels labels) implements Spec {

    public ServiceIdentitySpec {
        grants = Checks.list(grants);
        var seen = new HashSet<String>();
        for (Grant g : grants) {
            if (!seen.add(g.resource())) {
                throw new SpecException("two grants on '" + g.resource() + "': keep the single, least access needed");
            }
        }
        labels = labels == null ? Labels.NONE : labels;
    }

    public static ServiceIdentitySpec granting(Grant... grants) {
        return new ServiceIdentitySpec(List.of(grants), Labels.NONE);
    }

    public ServiceIdentitySpec labels(Labels labels) {
        return new ServiceIdentitySpec(grants, labels);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.SERVICE_IDENTITY;
    }

    @Override
    public List<Refs.Ref> references() {
        return grants.stream().<Refs.Ref>map(g -> new Refs.ResourceRef(g.resource(), null)).toList();
    }
}
