package dev.pont.conformance;

class AzureSecretsConformanceTest extends SecretsConformance {
    @Override
    protected String target() {
        return "azure";
    }
}
