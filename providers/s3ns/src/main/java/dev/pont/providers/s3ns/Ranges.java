package dev.pont.providers.s3ns;

import dev.pont.core.spec.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Address ranges a network needs outside its own address space (GKE pods and services, the
 * private services access range for Cloud SQL): the first free block of the asked size in
 * 10.0.0.0/8, in the order they are asked for, so the same stack always gets the same ranges.
 */
final class Ranges {
    private static final Cidr POOL = Cidr.parse("10.0.0.0/8");
    private final List<Cidr> taken = new ArrayList<>();

    Ranges(Cidr addressSpace) {
        taken.add(addressSpace);
    }

    Optional<Cidr> reserve(int prefix) {
        long size = 1L << (32 - prefix);
        for (long address = POOL.first(); address + size - 1 <= POOL.last(); address += size) {
            Cidr candidate = new Cidr(address, prefix);
            if (taken.stream().noneMatch(candidate::overlaps)) {
                taken.add(candidate);
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
