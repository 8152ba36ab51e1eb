package dev.pont.conformance;

class OvhcloudKeysConformanceTest extends KeysConformance {
    @Override
    protected String target() {
        return "ovhcloud";
    }
}
