package dev.pont.conformance;

class OutscaleNetworkConformanceTest extends NetworkConformance {
    @Override
    protected String target() {
        return "outscale";
    }
}
