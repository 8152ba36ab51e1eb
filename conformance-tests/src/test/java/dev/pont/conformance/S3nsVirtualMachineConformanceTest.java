package dev.pont.conformance;

class S3nsVirtualMachineConformanceTest extends VirtualMachineConformance {
    @Override
    protected String target() {
        return "s3ns";
    }
}
