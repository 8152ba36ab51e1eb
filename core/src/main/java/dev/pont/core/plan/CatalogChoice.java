package dev.pont.core.plan;

/**
 * A mapping an adapter made through its catalog, shown in previews, e.g. size
 * {@code 4 vCPU / 16 GiB -> Standard_D4s_v5}. {@code note} says what was over-provisioned;
 * {@code verified} is false where the catalog entry is not confirmed from a source.
 */
public record CatalogChoice(String resource, String target, String kind, String requested, String chosen,
                            boolean verified, String note) {
}
