package dev.pont.conformance;

class OvhcloudObjectStoreConformanceTest extends ObjectStoreConformance {
    @Override
    protected String target() {
        return "ovhcloud";
    }
}
