package org.bulwark.targets.apportion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark instance is what issue 5 asks for, reproducible, and feasible. */
class BenchmarkInstancesTest {

    @Test
    void fiveThousandUnitsOver32NationsAnd20Types() {
        ApportionmentInput input = BenchmarkInstances.standard(BenchmarkInstances.SEED);
        assertThat(input.totalRequired()).isEqualTo(5_000);
        assertThat(input.participants()).hasSize(32);
        assertThat(input.requirement()).hasSize(20);
        assertThat(input.capMultiple()).hasValue(2.0);
        assertThat(input.minimums()).hasSize(6);
        assertThat(input.hostNationSupport()).hasSize(3);
        assertThat(BenchmarkInstances.standard(BenchmarkInstances.SEED)).isEqualTo(input);
        assertThat(BenchmarkInstances.standard(BenchmarkInstances.SEED + 1)).isNotEqualTo(input);
    }

    @Test
    void theInstanceIsCoverableAndEveryBoundHolds() {
        Apportionment a = TargetApportioner.apportion(BenchmarkInstances.standard(BenchmarkInstances.SEED));
        assertThat(a.feasible()).isTrue();
        for (var line : a.input().requirement()) {
            assertThat(a.total(line.type())).isEqualTo(line.quantity());
        }
        assertThat(a.targets()).allSatisfy(t -> assertThat(t.target()).isBetween(t.lower(), t.upper()));
        assertThat(a.targets()).extracting(CapabilityTarget::binding).contains(Binding.CAP, Binding.MINIMUM,
                Binding.HOST_NATION_SUPPORT, Binding.ABSORBED, Binding.FAIR_SHARE);
    }
}
