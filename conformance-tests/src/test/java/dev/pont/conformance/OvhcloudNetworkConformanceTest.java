package dev.pont.conformance;

class OvhcloudNetworkConformanceTest extends NetworkConformance {
    @Override
    protected String target() {
        return "ovhcloud";
    }
}
