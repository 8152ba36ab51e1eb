package dev.pont.conformance;

class OutscaleObjectStoreConformanceTest extends ObjectStoreConformance {
    @Override
    protected String target() {
        return "outscale";
    }
}
