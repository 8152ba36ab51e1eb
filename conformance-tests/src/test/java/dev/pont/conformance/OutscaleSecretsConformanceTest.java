package dev.pont.conformance;

class OutscaleSecretsConformanceTest extends SecretsConformance {
    @Override
    protected String target() {
        return "outscale";
    }
}
