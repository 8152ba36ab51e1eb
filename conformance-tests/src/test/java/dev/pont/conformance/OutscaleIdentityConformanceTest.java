package dev.pont.conformance;

class OutscaleIdentityConformanceTest extends IdentityConformance {
    @Override
    protected String target() {
        return "outscale";
    }
}
