package dev.pont.conformance;

class OvhcloudKubernetesConformanceTest extends KubernetesConformance {
    @Override
    protected String target() {
        return "ovhcloud";
    }
}
