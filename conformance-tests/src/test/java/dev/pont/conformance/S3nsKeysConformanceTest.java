package dev.pont.conformance;

class S3nsKeysConformanceTest extends KeysConformance {
    @Override
    protected String target() {
        return "s3ns";
    }
}
