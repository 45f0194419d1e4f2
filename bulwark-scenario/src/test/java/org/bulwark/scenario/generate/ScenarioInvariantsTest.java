package org.bulwark.scenario.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.bulwark.model.Link;
import org.bulwark.model.Network;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.TestdataScenarios;
import org.junit.jupiter.api.Test;

/** The checker itself: quiet on a sound scenario, loud on broken ones. */
class ScenarioInvariantsTest {
    private final Scenario vignette = TestdataScenarios.suwalkiVignette();

    @Test
    void soundScenarioHasNoViolations() {
        assertThat(ScenarioInvariants.violations(vignette)).isEmpty();
    }

    @Test
    void findsAGaugeMeetingWithoutABreak() {
        List<Link> links = vignette.network().links().stream()
                .map(l -> l.gauge().equals(Optional.of(RailGauge.DUAL))
                        ? new Link(l.id(), l.from(), l.to(), l.mode(), l.distanceKm(), l.transitHours(), l.capacityTonnesPerDay(),
                                Optional.of(RailGauge.BROAD_1520), l.weightLimitTonnes(), l.source())
                        : l)
                .toList();
        Scenario broken = with(new Network(vignette.network().nodes(), links, List.of()), vignette.reinforcements());
        assertThat(ScenarioInvariants.violations(broken)).containsExactly("node LT_MCK: 1435 mm meets 1520 mm without a gauge break");
    }

    @Test
    void findsAnUnreachableDestinationAndAWrongAvailableHour() {
        List<Link> withoutAir = vignette.network().links().stream().filter(l -> !l.id().value().equals("air-1")).toList();
        List<Link> alsoWithoutRamsteinRoad = withoutAir.stream().filter(l -> !l.id().value().equals("road-4")).toList();
        Reinforcement late = vignette.reinforcements().get(0);
        Scenario broken = with(new Network(vignette.network().nodes(), alsoWithoutRamsteinRoad, vignette.network().gaugeBreaks()),
                List.of(new Reinforcement(late.unit(), late.destination(), 300, 480, 1, late.source()), vignette.reinforcements().get(1)));
        assertThat(ScenarioInvariants.violations(broken)).containsExactlyInAnyOrder(
                "reinforcement DEU_PzBtl_203: available hour 300.0 is not the notice to move 288.0",
                "reinforcement DEU_JgBtl_1: LT_KUN unreachable from DE_RMS",
                "unit DEU_JgBtl_1: heaviest item 12.0 t fits no link at DE_RMS");
    }

    @Test
    void cheapestCorridorOfTheVignetteIsTheAirBridge() {
        assertThat(ScenarioInvariants.cheapestCorridorTonnesPerDay(vignette)).isEqualTo(400);
    }

    private Scenario with(Network network, List<Reinforcement> reinforcements) {
        return new Scenario(vignette.info(), vignette.nations(), vignette.unitTypes(), vignette.units(), network,
                vignette.regions(), vignette.objectives(), vignette.posture(), reinforcements, vignette.threat(), vignette.spending());
    }
}
