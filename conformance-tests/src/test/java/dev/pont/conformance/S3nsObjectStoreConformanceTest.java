package dev.pont.conformance;

class S3nsObjectStoreConformanceTest extends ObjectStoreConformance {
    @Override
    protected String target() {
        return "s3ns";
    }
}
