package org.bulwark.targets.apportion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.FairShareKey;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.NationCode;
import org.bulwark.model.NationRole;
import org.bulwark.model.Scenario;
import org.bulwark.model.Source;
import org.bulwark.model.Spending;
import org.bulwark.model.TargetSetup;
import org.bulwark.model.UnitTypeId;
import org.bulwark.scenario.BundledScenarios;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** From the bundled scenario (with target setups made here) to an apportionment input, or every problem. */
class ApportionmentInputsTest {
    private static final Scenario BUNDLED = ((ScenarioRead.Valid) ScenarioReader.read(
            BundledScenarios.folder("eastern-flank-2023").orElseThrow())).scenario();
    private static final Source SOURCE = new Source("test", true);
    private static final UnitTypeId ARMOUR = UnitTypeId.of("armoured_bde");
    private static final List<CapabilityRequirement> TWELVE_BRIGADES = List.of(new CapabilityRequirement(ARMOUR, 12, SOURCE));
    private static final NationCode ISL = NationCode.of("ISL");

    private static TargetSetup setup(FairShareKey key, OptionalInt year, Map<NationCode, Double> weights,
                                     List<NationCode> participants, List<ContributionMinimum> minimums,
                                     List<HostNationSupport> support) {
        return new TargetSetup(key, year, weights, OptionalDouble.empty(), participants, TWELVE_BRIGADES, List.of(),
                List.of(), minimums, support, 10, SOURCE);
    }

    private static Scenario with(TargetSetup setup) {
        Scenario s = BUNDLED;
        return new Scenario(s.info(), s.nations(), s.unitTypes(), s.units(), s.network(), s.regions(), s.objectives(),
                s.posture(), s.reinforcements(), s.threat(), s.spending(), s.campaign(), setup);
    }

    private static Scenario gdp() {
        return with(setup(FairShareKey.GDP, OptionalInt.empty(), Map.of(), List.of(), List.of(), List.of()));
    }

    private static ApportionmentInputs.Ready ready(ApportionmentInputs.Result result) {
        assertThat(result).isInstanceOf(ApportionmentInputs.Ready.class);
        return (ApportionmentInputs.Ready) result;
    }

    private static List<String> problems(ApportionmentInputs.Result result) {
        assertThat(result).isInstanceOf(ApportionmentInputs.Invalid.class);
        return ((ApportionmentInputs.Invalid) result).problems();
    }

    @Test
    void gdpKeyOverEveryAllyUsesTheLatestCompleteYearAndExcludesIcelandWithAReason() {
        ApportionmentInput input = ready(ApportionmentInputs.from(gdp(), null, null)).input();
        assertThat(input.key()).isEqualTo(FairShareKey.GDP);
        assertThat(input.keyYear()).hasValue(2024);
        assertThat(input.excluded()).containsExactly(new Exclusion(ISL, "no GDP figure in any year"));
        long allies = BUNDLED.nations().stream().filter(n -> n.role() == NationRole.ALLY).count();
        assertThat(input.participants()).hasSize((int) allies - 1);
        assertThat(input.participants().get(0).nation()).isEqualTo(NationCode.of("EST"));
        for (Participant p : input.participants()) {
            DefenceSpending row = BUNDLED.spending().series().stream()
                    .filter(r -> r.nation().equals(p.nation()) && r.year() == 2024).findFirst().orElseThrow();
            assertThat(p.weight()).isEqualTo(row.gdpUsdBillions().getAsDouble());
        }
        Apportionment a = TargetApportioner.apportion(input);
        assertThat(a.feasible()).isTrue();
        assertThat(a.total(ARMOUR)).isEqualTo(12);
        CapabilityTarget usa = a.target(NationCode.of("USA"), ARMOUR).orElseThrow();
        assertThat(usa.explanation()).startsWith("gdp 2024 share ");
        assertThat(usa.target()).isGreaterThanOrEqualTo(a.target(NationCode.of("DEU"), ARMOUR).orElseThrow().target());
    }

    @Test
    void overridesReplaceTheKeyAndTheRequirement() {
        List<CapabilityRequirement> other = List.of(new CapabilityRequirement(UnitTypeId.of("battlegroup"), 8, SOURCE));
        ApportionmentInput input = ready(ApportionmentInputs.from(gdp(), FairShareKey.DEFENCE, other)).input();
        assertThat(input.key()).isEqualTo(FairShareKey.DEFENCE);
        assertThat(input.requirement()).isEqualTo(other);
        assertThat(input.weightUnit()).contains("defence expenditure");
        assertThat(input.excluded()).containsExactly(new Exclusion(ISL, "no defence expenditure figure in any year"));
    }

    @Test
    void anExplicitYearExcludesAlliesWithoutFiguresThatYear() {
        Scenario s = with(setup(FairShareKey.GDP, OptionalInt.of(2014), Map.of(), List.of(), List.of(), List.of()));
        Spending withoutGermany2014 = new Spending(s.spending().series().stream()
                .filter(r -> !(r.nation().equals(NationCode.of("DEU")) && r.year() == 2014)).toList(),
                s.spending().commitments());
        Scenario gap = new Scenario(s.info(), s.nations(), s.unitTypes(), s.units(), s.network(), s.regions(),
                s.objectives(), s.posture(), s.reinforcements(), s.threat(), withoutGermany2014, s.campaign(), s.targets());
        ApportionmentInput input = ready(ApportionmentInputs.from(gap, null, null)).input();
        assertThat(input.keyYear()).hasValue(2014);
        assertThat(input.excluded()).containsExactly(new Exclusion(ISL, "no GDP figure in any year"),
                new Exclusion(NationCode.of("DEU"), "no GDP figure for 2014"));
        // 2025 rows carry % of GDP only (partial year): no participant has a GDP figure
        Scenario partial = with(setup(FairShareKey.GDP, OptionalInt.of(2025), Map.of(), List.of(), List.of(), List.of()));
        assertThat(problems(ApportionmentInputs.from(partial, null, null)))
                .containsExactly("no participant has a GDP figure for 2025: choose another 'key_year:'");
    }

    @Test
    void namedParticipantsWithoutFiguresAreProblemsNotExclusions() {
        List<NationCode> named = List.of(NationCode.of("LTU"), ISL, NationCode.of("RUS"), NationCode.of("XYZ"));
        Scenario s = with(setup(FairShareKey.DEFENCE, OptionalInt.empty(), Map.of(), named, List.of(), List.of()));
        assertThat(problems(ApportionmentInputs.from(s, null, null))).containsExactly(
                "participant RUS is an adversary in the scenario",
                "participant XYZ is not a nation of the scenario",
                "participant ISL has no defence expenditure figure in any year: leave it out of 'participants:' or use the custom key");
    }

    @Test
    void customKeyNeedsWeightsForParticipantsOnly() {
        Scenario none = with(setup(FairShareKey.CUSTOM, OptionalInt.empty(), Map.of(), List.of(), List.of(), List.of()));
        assertThat(problems(ApportionmentInputs.from(none, null, null))).singleElement().asString()
                .startsWith("the custom key needs weights");
        Scenario stray = with(setup(FairShareKey.CUSTOM, OptionalInt.empty(), Map.of(NationCode.of("SWE"), 2.0),
                List.of(), List.of(), List.of()));
        assertThat(problems(ApportionmentInputs.from(stray, null, null)))
                .contains("custom weight for SWE, which is not a participant");
        Scenario two = with(setup(FairShareKey.CUSTOM, OptionalInt.empty(),
                Map.of(NationCode.of("LTU"), 1.0, NationCode.of("DEU"), 3.0), List.of(), List.of(), List.of()));
        ApportionmentInput input = ready(ApportionmentInputs.from(two, null, null)).input();
        assertThat(input.keyYear()).isEmpty();
        assertThat(input.excluded()).isEmpty();
        assertThat(input.participants()).filteredOn(p -> p.weight() > 0).extracting(Participant::nation)
                .containsExactly(NationCode.of("LTU"), NationCode.of("DEU"));
        Apportionment a = TargetApportioner.apportion(input);
        assertThat(a.target(NationCode.of("DEU"), ARMOUR).orElseThrow().target()).isEqualTo(9);
        assertThat(a.target(NationCode.of("LTU"), ARMOUR).orElseThrow().target()).isEqualTo(3);
        assertThat(a.target(ISL, ARMOUR).orElseThrow().binding()).isEqualTo(Binding.NO_SHARE);
    }

    @Test
    void requirementProblemsAreAllReported() {
        List<CapabilityRequirement> bad = List.of(new CapabilityRequirement(UnitTypeId.of("armored_bde"), 3, SOURCE),
                new CapabilityRequirement(ARMOUR, 2, SOURCE), new CapabilityRequirement(ARMOUR, 1, SOURCE));
        assertThat(problems(ApportionmentInputs.from(gdp(), null, bad))).containsExactly(
                "requirement type 'armored_bde' is not in the scenario's unit-type catalogue",
                "requirement lists 'armoured_bde' twice: give one line per type");
        assertThat(problems(ApportionmentInputs.from(gdp(), null, List.of()))).singleElement().asString()
                .startsWith("no requirement to apportion");
    }

    @Test
    void boundsOfExcludedNationsAreProblemsAndOfUnrequiredTypesNotes() {
        Scenario s = with(setup(FairShareKey.GDP, OptionalInt.empty(), Map.of(), List.of(),
                List.of(new ContributionMinimum(NationCode.of("DEU"), Optional.of(UnitTypeId.of("battlegroup")), 1,
                        "framework nation LTU", SOURCE)),
                List.of(new HostNationSupport(ISL, ARMOUR, 1, SOURCE))));
        assertThat(problems(ApportionmentInputs.from(s, null, null))).containsExactly(
                "host-nation support from ISL, which is not a participant (excluded: no GDP figure in any year)");
        Scenario notes = with(setup(FairShareKey.GDP, OptionalInt.empty(), Map.of(), List.of(),
                List.of(new ContributionMinimum(NationCode.of("DEU"), Optional.of(UnitTypeId.of("battlegroup")), 1,
                        "framework nation LTU", SOURCE)), List.of()));
        ApportionmentInputs.Ready ready = ready(ApportionmentInputs.from(notes, null, null));
        assertThat(ready.input().minimums()).isEmpty();
        assertThat(ready.notes()).containsExactly(
                "minimum of 1 battlegroup for DEU is not applied: the requirement has no battlegroup");
    }
}
