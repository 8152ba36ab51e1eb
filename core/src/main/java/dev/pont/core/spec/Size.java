package dev.pont.core.spec;

/** Compute capacity asked for: whole vCPUs and GiB of memory. Catalogs map it to a flavour. */
public record Size(int vcpu, int memoryGiB) {
    public Size {
        Checks.range("size vcpu", vcpu, 1, 416);
        Checks.range("size memoryGiB", memoryGiB, 1, 12288);
    }

    public static Size of(int vcpu, int memoryGiB) {
        return new Size(vcpu, memoryGiB);
    }

    @Override
    public String toString() {
        return vcpu + " vCPU / " + memoryGiB + " GiB";
    }
}
