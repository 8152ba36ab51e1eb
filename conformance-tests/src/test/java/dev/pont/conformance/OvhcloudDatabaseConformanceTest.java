package dev.pont.conformance;

class OvhcloudDatabaseConformanceTest extends DatabaseConformance {
    @Override
    protected String target() {
        return "ovhcloud";
    }
}
