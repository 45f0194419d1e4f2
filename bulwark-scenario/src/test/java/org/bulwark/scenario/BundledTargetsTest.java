package org.bulwark.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.Inventory;
import org.bulwark.model.Nation;
import org.bulwark.model.NationCode;
import org.bulwark.model.NationRole;
import org.bulwark.model.NodeId;
import org.bulwark.model.Scenario;
import org.bulwark.model.TargetSetup;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitCost;
import org.bulwark.model.UnitId;
import org.bulwark.model.UnitTypeId;
import org.bulwark.reference.ForwardLandForce;
import org.bulwark.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The bundled scenario's target files say what they claim: the requirement is the plan's allied
 * units by type, minimums are the framework nations of the reference data, host-nation support is
 * the hosts' own units at home, and the illustrative holdings can cover the requirement under the cap.
 */
class BundledTargetsTest {
    private static final Scenario SCENARIO = read();
    private static final TargetSetup TARGETS = SCENARIO.targets();

    @Test
    void theRequirementIsTheAlliedUnitsOfThePlanByType() {
        Map<UnitTypeId, Integer> counted = new LinkedHashMap<>();
        plannedUnits().forEach((unit, node) -> {
            if (role(unit.nation()) == NationRole.ALLY) {
                counted.merge(unit.type(), 1, Integer::sum);
            }
        });
        Map<UnitTypeId, Integer> declared = new LinkedHashMap<>();
        TARGETS.requirement().forEach(r -> declared.put(r.type(), r.quantity()));

        assertThat(declared).isEqualTo(counted);
        assertThat(TARGETS.requirement().stream().mapToInt(CapabilityRequirement::quantity).sum()).isEqualTo(45);
    }

    @Test
    void everyFrameworkNationOfThe2022BattlegroupsHasAMinimumOfOneBattlegroup() {
        List<NationCode> framework = ReferenceData.bundled().forwardLandForces().stream()
                .filter(f -> f.asOf().equals("2022-06-28") && !f.allEight())
                .flatMap(f -> f.frameworkNations().stream()).toList();

        assertThat(framework).hasSize(8);
        assertThat(TARGETS.minimums().stream().filter(m -> m.type().equals(Optional.of(UnitTypeId.of("battlegroup"))))
                .map(ContributionMinimum::nation)).containsExactlyInAnyOrderElementsOf(framework);
        assertThat(TARGETS.minimums()).allSatisfy(m -> assertThat(m.units()).isEqualTo(1));
    }

    @Test
    void hostNationSupportIsTheHostsOwnUnitsAtHome() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        plannedUnits().forEach((unit, node) -> {
            NationCode host = SCENARIO.network().node(node).orElseThrow().nation();
            if (ForwardLandForce.EIGHT_HOSTS.contains(host) && unit.nation().equals(host)) {
                expected.merge(host.value() + "/" + unit.type().value(), 1, Integer::sum);
            }
        });
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (HostNationSupport h : TARGETS.hostNationSupport()) {
            declared.put(h.nation().value() + "/" + h.type().value(), h.units());
        }

        assertThat(declared).isEqualTo(expected);
    }

    @Test
    void theIllustrativeHoldingsCoverTheRequirementUnderTheCap() {
        double cap = TARGETS.capMultiple().orElseThrow();
        assertThat(cap).isEqualTo(2.0);
        for (CapabilityRequirement r : TARGETS.requirement()) {
            int coverable = TARGETS.inventories().stream().filter(i -> i.type().equals(r.type()))
                    .mapToInt(i -> (int) Math.floor(cap * i.count())).sum();
            assertThat(coverable).as(r.type().value()).isGreaterThanOrEqualTo(r.quantity());
            int lower = Stream.concat(
                    TARGETS.minimums().stream().filter(m -> m.type().equals(Optional.of(r.type()))).map(m -> m.nation().value()),
                    TARGETS.hostNationSupport().stream().filter(h -> h.type().equals(r.type())).map(h -> h.nation().value()))
                    .distinct().mapToInt(n -> lowerBound(NationCode.of(n), r.type())).sum();
            assertThat(lower).as(r.type().value()).isLessThanOrEqualTo(r.quantity());
        }
        for (ContributionMinimum m : TARGETS.minimums()) {
            assertThat(Math.floor(cap * holding(m.nation(), m.type().orElseThrow()))).as(m.reason()).isGreaterThanOrEqualTo(m.units());
        }
        for (HostNationSupport h : TARGETS.hostNationSupport()) {
            assertThat(Math.floor(cap * holding(h.nation(), h.type()))).as(h.toString()).isGreaterThanOrEqualTo(h.units());
        }
        Map<String, Integer> fielded = new LinkedHashMap<>();
        plannedUnits().forEach((unit, node) -> {
            if (role(unit.nation()) == NationRole.ALLY) {
                fielded.merge(unit.nation().value() + "/" + unit.type().value(), 1, Integer::sum);
            }
        });
        fielded.forEach((pair, count) -> assertThat(holding(NationCode.of(pair.substring(0, 3)),
                UnitTypeId.of(pair.substring(4)))).as(pair).isEqualTo(count));
        assertThat(TARGETS.inventories()).allSatisfy(i -> {
            assertThat(i.source().estimate()).isTrue();
            assertThat(i.source().reference()).startsWith("ILLUSTRATIVE");
            assertThat(role(i.nation())).isEqualTo(NationRole.ALLY);
        });
    }

    @Test
    void everyAlliedTypeAndEveryDefaultCatalogueTypeHasABundledCost() {
        List<UnitTypeId> bundled = ReferenceData.bundledUnitCosts().stream().map(UnitCost::type).toList();
        assertThat(bundled).containsAll(TARGETS.requirement().stream().map(CapabilityRequirement::type).toList());
        assertThat(bundled).containsAll(DefaultCatalogueHolder.TYPES);
        assertThat(TARGETS.costs()).extracting(UnitCost::type).containsAll(
                TARGETS.requirement().stream().map(CapabilityRequirement::type).toList());
        assertThat(TARGETS.key().id()).isEqualTo("gdp");
        assertThat(TARGETS.programmeYears()).isEqualTo(10);
    }

    private static int lowerBound(NationCode nation, UnitTypeId type) {
        int minimum = TARGETS.minimums().stream().filter(m -> m.nation().equals(nation) && m.type().equals(Optional.of(type)))
                .mapToInt(ContributionMinimum::units).max().orElse(0);
        int support = TARGETS.hostNationSupport().stream().filter(h -> h.nation().equals(nation) && h.type().equals(type))
                .mapToInt(HostNationSupport::units).max().orElse(0);
        return Math.max(minimum, support);
    }

    private static int holding(NationCode nation, UnitTypeId type) {
        return TARGETS.inventories().stream().filter(i -> i.nation().equals(nation) && i.type().equals(type))
                .mapToInt(Inventory::count).sum();
    }

    /** Every unit of the plan (posture and reinforcements) with the node it is at or goes to. */
    private static Map<Unit, NodeId> plannedUnits() {
        Map<Unit, NodeId> units = new LinkedHashMap<>();
        SCENARIO.posture().forEach(p -> units.put(unit(p.unit()), p.location()));
        SCENARIO.reinforcements().forEach(r -> units.put(unit(r.unit()), r.destination()));
        return units;
    }

    private static Unit unit(UnitId id) {
        return SCENARIO.unit(id).orElseThrow();
    }

    private static NationRole role(NationCode code) {
        return SCENARIO.nation(code).map(Nation::role).orElseThrow();
    }

    private static final class DefaultCatalogueHolder {
        static final List<UnitTypeId> TYPES = ScenarioBinder.bindDefaultUnitTypes(TestScenarios.read(
                Path.of("src/main/resources/org/bulwark/scenario"), ScenarioReader.DEFAULT_UNIT_TYPES),
                ScenarioReader.DEFAULT_UNIT_TYPES).stream().map(t -> UnitTypeId.of(t.id().value())).toList();
    }

    private static Scenario read() {
        ScenarioRead read = ScenarioReader.read(BundledScenarios.folder("eastern-flank-2023").orElseThrow());
        assertThat(read).as(TestScenarios.formatted(read)).isInstanceOf(ScenarioRead.Valid.class);
        return ((ScenarioRead.Valid) read).scenario();
    }
}
