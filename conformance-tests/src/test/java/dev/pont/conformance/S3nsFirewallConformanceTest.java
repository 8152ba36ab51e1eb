package dev.pont.conformance;

class S3nsFirewallConformanceTest extends FirewallConformance {
    @Override
    protected String target() {
        return "s3ns";
    }
}
