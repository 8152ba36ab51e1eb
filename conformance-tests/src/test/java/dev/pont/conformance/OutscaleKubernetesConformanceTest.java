package dev.pont.conformance;

class OutscaleKubernetesConformanceTest extends KubernetesConformance {
    @Override
    protected String target() {
        return "outscale";
    }
}
