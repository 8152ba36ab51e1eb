package dev.pont.conformance;

class OutscaleFirewallConformanceTest extends FirewallConformance {
    @Override
    protected String target() {
        return "outscale";
    }
}
