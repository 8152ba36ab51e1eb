package dev.pont.conformance;

class OutscaleVirtualMachineConformanceTest extends VirtualMachineConformance {
    @Override
    protected String target() {
        return "outscale";
    }
}
