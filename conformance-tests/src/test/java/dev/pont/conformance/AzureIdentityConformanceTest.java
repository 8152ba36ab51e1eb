package dev.pont.conformance;

class AzureIdentityConformanceTest extends IdentityConformance {
    @Override
    protected String target() {
        return "azure";
    }
}
