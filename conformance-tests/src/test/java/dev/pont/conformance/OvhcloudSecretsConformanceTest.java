package dev.pont.conformance;

class OvhcloudSecretsConformanceTest extends SecretsConformance {
    @Override
    protected String target() {
        return "ovhcloud";
    }
}
