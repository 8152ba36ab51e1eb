package dev.pont.conformance;

class AzureObjectStoreConformanceTest extends ObjectStoreConformance {
    @Override
    protected String target() {
        return "azure";
    }
}
