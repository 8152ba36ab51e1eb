package dev.pont.conformance;

class AzureKubernetesConformanceTest extends KubernetesConformance {
    @Override
    protected String target() {
        return "azure";
    }
}
