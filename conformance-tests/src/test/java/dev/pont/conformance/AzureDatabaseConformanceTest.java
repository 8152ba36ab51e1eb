package dev.pont.conformance;

class AzureDatabaseConformanceTest extends DatabaseConformance {
    @Override
    protected String target() {
        return "azure";
    }
}
