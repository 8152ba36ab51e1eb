package dev.pont.conformance;

class S3nsAuditLogConformanceTest extends AuditLogConformance {
    @Override
    protected String target() {
        return "s3ns";
    }
}
