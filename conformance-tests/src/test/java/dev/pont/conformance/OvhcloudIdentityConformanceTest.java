package dev.pont.conformance;

class OvhcloudIdentityConformanceTest extends IdentityConformance {
    @Override
    protected String target() {
        return "ovhcloud";
    }
}
