package dev.pont.conformance;

class OutscaleDatabaseConformanceTest extends DatabaseConformance {
    @Override
    protected String target() {
        return "outscale";
    }
}
