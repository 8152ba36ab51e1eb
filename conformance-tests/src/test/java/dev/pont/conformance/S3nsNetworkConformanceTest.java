package dev.pont.conformance;

class S3nsNetworkConformanceTest extends NetworkConformance {
    @Override
    protected String target() {
        return "s3ns";
    }
}
