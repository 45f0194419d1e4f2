package org.bulwark.targets.apportion;

import static org.assertj.core.api.Assertions.assertThat;

import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.NationCode;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.BundledScenarios;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** The bundled scenario's own target setup, end to end: resolved, apportioned within every bound, costed. */
class BundledScenarioTargetsTest {
    private static final Scenario BUNDLED = ((ScenarioRead.Valid) ScenarioReader.read(
            BundledScenarios.folder("eastern-flank-2023").orElseThrow())).scenario();

    @Test
    void theDeclaredRequirementIsApportionedWithinEveryBoundAndCosted() {
        ApportionmentInputs.Ready ready = (ApportionmentInputs.Ready) ApportionmentInputs.from(BUNDLED, null, null);
        ApportionmentInput input = ready.input();
        assertThat(input.keyYear()).hasValue(2024);
        assertThat(input.excluded()).extracting(Exclusion::nation).containsExactly(NationCode.of("ISL"));
        Apportionment a = TargetApportioner.apportion(input);
        assertThat(a.shortfalls()).isEmpty();
        assertThat(a.conflicts()).isEmpty();
        for (CapabilityRequirement line : input.requirement()) {
            assertThat(a.total(line.type())).as(line.type().value()).isEqualTo(line.quantity());
        }
        for (ContributionMinimum minimum : input.minimums()) {
            assertThat(a.target(minimum.nation(), minimum.type().orElseThrow()).orElseThrow().target())
                    .isGreaterThanOrEqualTo(minimum.units());
        }
        for (HostNationSupport support : input.hostNationSupport()) {
            assertThat(a.target(support.nation(), support.type()).orElseThrow().target())
                    .isGreaterThanOrEqualTo(support.units());
        }
        TargetCost cost = TargetCosting.cost(a, BUNDLED.targets().costs(), BUNDLED.spending(),
                BUNDLED.targets().programmeYears());
        assertThat(cost.uncosted()).isEmpty();
        assertThat(cost.alliance().newUnits()).isEqualTo(a.targets().stream().mapToInt(CapabilityTarget::acquire).sum());
        assertThat(cost.alliance().pctGdp()).isPresent();
        assertThat(cost.nations()).allSatisfy(n -> assertThat(n.figuresYear()).hasValue(2024));
    }
}
