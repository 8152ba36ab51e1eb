package dev.pont.conformance;

class OutscaleAuditLogConformanceTest extends AuditLogConformance {
    @Override
    protected String target() {
        return "outscale";
    }
}
