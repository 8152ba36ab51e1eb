package dev.pont.conformance;

class OvhcloudAuditLogConformanceTest extends AuditLogConformance {
    @Override
    protected String target() {
        return "ovhcloud";
    }
}
