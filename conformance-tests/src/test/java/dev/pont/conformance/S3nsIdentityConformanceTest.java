package dev.pont.conformance;

class S3nsIdentityConformanceTest extends IdentityConformance {
    @Override
    protected String target() {
        return "s3ns";
    }
}
