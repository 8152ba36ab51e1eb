package dev.pont.conformance;

class OutscaleKeysConformanceTest extends KeysConformance {
    @Override
    protected String target() {
        return "outscale";
    }
}
