package dev.pont.conformance;

class OvhcloudVirtualMachineConformanceTest extends VirtualMachineConformance {
    @Override
    protected String target() {
        return "ovhcloud";
    }
}
