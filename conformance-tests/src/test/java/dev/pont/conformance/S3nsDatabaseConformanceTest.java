package dev.pont.conformance;

class S3nsDatabaseConformanceTest extends DatabaseConformance {
    @Override
    protected String target() {
        return "s3ns";
    }
}
