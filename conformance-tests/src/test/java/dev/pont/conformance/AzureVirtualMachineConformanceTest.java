package dev.pont.conformance;

class AzureVirtualMachineConformanceTest extends VirtualMachineConformance {
    @Override
    protected String target() {
        return "azure";
    }
}
