package org.bulwark.campaign;

import org.bulwark.model.ReinforcementArrivals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Mode;
import org.bulwark.model.NodeId;
import org.bulwark.model.TerrainClass;
import org.junit.jupiter.api.Test;

class CampaignSetupTest {

    private static CampaignCompilation.Invalid invalid(CampaignCompilation compiled) {
        assertThat(compiled).isInstanceOf(CampaignCompilation.Invalid.class);
        return (CampaignCompilation.Invalid) compiled;
    }

    @Test
    void anAxisWithoutARoadPathIsAProblemNamingTheAxisAndNodes() {
        // Only a railway joins the assembly area to the objective.
        TestdataCampaign campaign = TestdataCampaign.builder().hostileNode("A").node("OBJ").node("B")
                .link("A", "OBJ", 50, Mode.RAIL).road("OBJ", "B", 10).objective("obj", "OBJ")
                .attacker("area", "A", "red", 3).axis("rail-only", "area", "obj");
        assertThat(invalid(campaign.compile()).problems()).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("axis 'rail-only'");
            assertThat(p.message()).contains("'A'", "'OBJ'");
            assertThat(p.hint()).startsWith("Maybe");
        });
    }

    @Test
    void anObjectiveOffTheRoadMapIsAProblemNamingTheObjectiveAndNode() {
        TestdataCampaign campaign = TestdataCampaign.builder().hostileNode("A").node("OBJ").node("ISLAND")
                .road("A", "OBJ", 10).objective("obj", "OBJ").objective("island", "ISLAND").objective("nowhere", "NOWHERE");
        assertThat(invalid(campaign.compile()).problems()).extracting(CampaignProblem::subject)
                .containsExactly("objective 'island'", "objective 'nowhere'");
    }

    @Test
    void everyProblemIsReportedAtOnceAndNoneThrows() {
        TestdataCampaign campaign = TestdataCampaign.builder().hostileNode("A").node("OBJ").road("A", "OBJ", 10)
                .objective("obj", "OBJ").attacker("area", "A", "red", 3).axis("lost", "area", "obj", "GHOST")
                .axis("orphan", "missing-area", "obj").axis("aimless", "area", "no-such-objective");
        assertThat(invalid(campaign.compile()).problems()).extracting(CampaignProblem::subject)
                .containsExactly("axis 'lost'", "axis 'orphan'", "axis 'aimless'");
    }

    @Test
    void aParameterWithNoValueAnywhereIsAProblem() {
        TestdataCampaign campaign = TestdataCampaign.duel(2, 1);
        CampaignCompilation compiled = CampaignSetup.compile(campaign.scenario(), campaign.arrivals(), Map.of());
        assertThat(compiled).isInstanceOf(CampaignCompilation.Ready.class);
        // The test kit sets every parameter in campaign.yaml; a bare scenario with no defaults has none,
        // except the parameters its campaign.yaml declares uncertain (their distribution gives them a value).
        CampaignCompilation bare = CampaignSetup.compile(BundledCampaign.SCENARIO, ReinforcementArrivals.asRequired(
                BundledCampaign.SCENARIO), Map.of());
        long drawn = BundledCampaign.SCENARIO.campaign().uncertainty().stream()
                .filter(u -> u.input() instanceof CampaignParameter).count();
        assertThat(drawn).isPositive();
        assertThat(invalid(bare).problems()).hasSize(CampaignParameter.values().length - (int) drawn);
    }

    @Test
    void theAxisPathFollowsTheShortestRoadThroughTheRouteWithTerrainAndRivers() {
        CampaignModel model = TestdataCampaign.builder().hostileNode("A").node("M").node("N").node("OBJ")
                .road("A", "M", 30).road("M", "OBJ", 30).road("A", "N", 10).road("N", "OBJ", 10)
                .objective("obj", "OBJ").objective("mid", "M").attacker("area", "A", "red", 3)
                .axis("via-m", "area", "obj", "M").terrain("M", TerrainClass.FOREST, true).model();
        assertThat(model.path(0)).containsExactly(NodeId.of("A"), NodeId.of("M"), NodeId.of("OBJ"));
        assertThat(model.pathKm(0)).isEqualTo(60);
        assertThat(model.segmentTerrain(0, 0)).isEqualTo(TerrainClass.FOREST);
        assertThat(model.segmentTerrain(0, 1)).isEqualTo(TerrainClass.OPEN);
        assertThat(model.segmentRiver[0]).containsExactly(true, false);
        // Both objectives on the path, in order.
        assertThat(model.axisObjectives[0]).containsExactly(1, 0);
    }

    @Test
    void attackersSplitEquallyAmongTheAxesOfTheirArea() {
        CampaignModel model = TestdataCampaign.builder().hostileNode("A").node("X").node("Y").road("A", "X", 10)
                .road("A", "Y", 10).objective("x", "X").objective("y", "Y").attacker("area", "A", "r1", 3)
                .attacker("area", "A", "r2", 3).axis("to-x", "area", "x").axis("to-y", "area", "y").model();
        assertThat(model.attackerCv(0)).isEqualTo(3);
        assertThat(model.attackerCv(1)).isEqualTo(3);
    }

    @Test
    void positionsAreTheAlliedNodesOnTheAxesAndDefendersReachThemNearestFirst() {
        CampaignCompilation compiled = TestdataCampaign.builder().hostileNode("A").hostileNode("B").node("X").node("Y")
                .node("FAR").node("CUT").road("A", "B", 5).road("B", "X", 10).road("X", "Y", 100).road("Y", "FAR", 400)
                .objective("x", "X").objective("y", "Y").attacker("area", "A", "red", 3).axis("to-y", "area", "y")
                .defender("near-y", "Y", 1).defender("far", "FAR", 1).defender("cut-off", "CUT", 1)
                .reinforcement("never", "X", 1, Double.NaN).set(CampaignParameter.DEFENCE_RADIUS_KM, 150).compile();
        CampaignCompilation.Ready ready = (CampaignCompilation.Ready) compiled;
        CampaignModel model = ready.model();
        // the hostile node B on the path is no position; X and Y are, at their km along the axis
        assertThat(model.positions()).extracting(NodeId::value).containsExactly("X", "Y");
        assertThat(model.axisPositionKm[0]).containsExactly(15, 115);
        assertThat(model.defenderCandidates[0]).containsExactly(1, 0);
        assertThat(model.defenderCandidateKm[0]).containsExactly(0, 100);
        assertThat(model.defenderCandidateKm[1]).containsExactly(400, 500);
        assertThat(model.defenderCandidates[2]).isEmpty();
        assertThat(ready.notes()).anyMatch(n -> n.contains("cut-off") && n.contains("no road"))
                .anyMatch(n -> n.contains("far") && n.contains("beyond defence_radius_km")).anyMatch(n -> n.contains("never"));
        // Only near-y is within 150 km of a position and ever arrives.
        assertThat(model.defenderCv()).isEqualTo(1);
    }

    @Test
    void defendersNeverMarchThroughTheAdversarysTerritory() {
        // Z to P is 20 km through the adversary's assembly area A, 100 km on allied roads
        CampaignModel model = TestdataCampaign.builder().hostileNode("A").node("P").node("Z").road("A", "P", 10)
                .road("Z", "A", 10).road("Z", "P", 100).objective("p", "P").attacker("area", "A", "red", 1)
                .axis("to-p", "area", "p").defender("blue", "Z", 1).model();
        assertThat(model.defenderCandidateKm[0]).containsExactly(100);
    }
}
