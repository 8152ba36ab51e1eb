package dev.pont.conformance;

class AzureNetworkConformanceTest extends NetworkConformance {
    @Override
    protected String target() {
        return "azure";
    }
}
