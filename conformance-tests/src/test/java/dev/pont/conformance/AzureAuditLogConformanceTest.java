package dev.pont.conformance;

class AzureAuditLogConformanceTest extends AuditLogConformance {
    @Override
    protected String target() {
        return "azure";
    }
}
