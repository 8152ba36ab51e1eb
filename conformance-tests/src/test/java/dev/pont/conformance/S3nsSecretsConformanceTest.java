package dev.pont.conformance;

class S3nsSecretsConformanceTest extends SecretsConformance {
    @Override
    protected String target() {
        return "s3ns";
    }
}
