package dev.pont.conformance;

class S3nsKubernetesConformanceTest extends KubernetesConformance {
    @Override
    protected String target() {
        return "s3ns";
    }
}
