package dev.pont.conformance;

class AzureFirewallConformanceTest extends FirewallConformance {
    @Override
    protected String target() {
        return "azure";
    }
}
