package dev.pont.conformance;

class AzureKeysConformanceTest extends KeysConformance {
    @Override
    protected String target() {
        return "azure";
    }
}
