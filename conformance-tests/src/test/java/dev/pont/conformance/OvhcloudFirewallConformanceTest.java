package dev.pont.conformance;

class OvhcloudFirewallConformanceTest extends FirewallConformance {
    @Override
    protected String target() {
        return "ovhcloud";
    }
}
