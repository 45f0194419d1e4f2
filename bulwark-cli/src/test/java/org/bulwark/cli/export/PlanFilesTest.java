package org.bulwark.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.Scenario;
import org.junit.jupiter.api.Test;

class PlanFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Scenario scenario = TestdataPlans.scenario();
    private final DeploymentPlan plan = TestdataPlans.plan();

    @Test
    void legsHaveTheTpfddColumnsAndOneRowPerLeg() {
        List<String> lines = lines(LegsCsv.write(scenario, plan));
        assertThat(lines.get(0)).isEqualTo("unit_id,leg,mode,from_node,to_node,depart_hour,arrive_hour,kind,link_id,"
                + "unit_name,nation,tonnes,depart_day,arrive_day,from_name,to_name,destination,priority,first_arrive_hour,elements,"
                + "element_tonnes,lifts");
        assertThat(lines).hasSize(1 + 5 + 3);
        assertThat(lines.get(1)).isEqualTo("DEU_PzGrenBtl_122,1,transfer,DE_GRF,DE_GRF,96,100,transfer,,"
                + "Panzergrenadierbataillon 122,DEU,2000,4,4,Grafenwöhr,Grafenwöhr,LT_VNO,2,100,1,,");
        assertThat(lines.get(2)).isEqualTo("DEU_PzGrenBtl_122,2,rail,DE_GRF,PL_WAW,102,118.25,move,rail-1,"
                + "Panzergrenadierbataillon 122,DEU,2000,4,4,Grafenwöhr,Warsaw,LT_VNO,2,118.25,1,,2"); // 2 trains of 1,000 t
        assertThat(lines.get(5)).startsWith("DEU_PzGrenBtl_122,5,transfer,LT_VNO,LT_VNO,135.5,150.13,transfer,");
        assertThat(lines.get(7)).isEqualTo("DEU_JgBtl_1,2,air,DE_RMS,LT_SQQ,51,53.14,move,air-1,"
                + "\"Jägerbataillon 1, \"\"air-mobile\"\"\",DEU,300,2,2,Ramstein,Šiauliai,LT_SQQ,1,53.14,1,,6"); // 6 C-17 sorties at the 59 t planning payload
    }

    @Test
    void personnelFlownApartHaveTheirOwnLegAfterTheEquipments() {
        Scenario s = TestdataPlans.scenario();
        List<org.bulwark.model.Reinforcement> rs = new java.util.ArrayList<>();
        for (org.bulwark.model.Reinforcement r : s.reinforcements()) {
            rs.add(r.unit().value().equals("DEU_JgBtl_1") ? new org.bulwark.model.Reinforcement(r.unit(), r.destination(),
                    r.availableHour(), r.requiredHour(), r.priority(), r.source(), java.util.Optional.empty(), 0,
                    org.bulwark.model.PersonnelMove.AIR) : r);
        }
        Scenario flying = new Scenario(s.info(), s.nations(), s.unitTypes(), s.units(), s.network(), s.regions(), s.objectives(),
                s.posture(), rs, s.threat(), s.spending(), s.campaign(), s.targets());
        List<String> lines = lines(LegsCsv.write(flying, new org.bulwark.deploy.planner.PriorityListDeploymentPlanner()
                .plan(flying, org.bulwark.deploy.PlannerOptions.DEFAULT, org.bulwark.deploy.ProgressListener.NONE)));
        List<String> jg = lines.stream().filter(l -> l.startsWith("DEU_JgBtl_1,")).toList();
        assertThat(jg.get(jg.size() - 1)).startsWith("DEU_JgBtl_1," + jg.size() + ",air,DE_RMS,LT_SQQ,48,")
                .contains(",personnel,,");
        assertThat(jg.subList(0, jg.size() - 1)).noneMatch(l -> l.contains(",personnel,"));
    }

    @Test
    void arrivalsGiveStatusLatenessAndReasons() {
        List<String> lines = lines(ArrivalsCsv.write(scenario, plan));
        assertThat(lines.get(0)).isEqualTo("unit_id,destination,available_hour,required_hour,arrive_hour,late_hours,status,"
                + "reason,detail,priority,tonnes,unit_name,nation,home,destination_name,region,weighted_late_hours,"
                + "required_day,arrive_day,first_arrive_hour,first_arrive_day,rsoi_hours,in_place_hour,in_place_day,draw_at,draw_hours,unit_home,"
                + "personnel_by,personnel_arrive_hour");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isEqualTo("DEU_PzGrenBtl_122,LT_VNO,96,140,150.13,10.13,late,,waited 2 h for rail-1 DE_GRF→PL_WAW,"
                + "2,2000,Panzergrenadierbataillon 122,DEU,DE_GRF,Vilnius,baltic,5.06,5,6,150.13,6,48,198.13,8,,,DE_GRF,with_equipment,");
        assertThat(lines.get(2)).startsWith("DEU_JgBtl_1,LT_SQQ,48,72,60,0,on_time,,,1,300,");
        assertThat(lines.get(3)).isEqualTo("DEU_PzBtl_203,LT_VNO,288,480,,0,unreachable,too_heavy,"
                + "road-1 carries at most 50 t; the heaviest item is 64 t,1,5900,Panzerbataillon 203,DEU,DE_GRF,"
                + "Vilnius,baltic,0,20,,,,0,,,,,DE_GRF,with_equipment,");
    }

    @Test
    void bottlenecksAreRankedWithTheirCapacity() {
        List<String> lines = lines(BottlenecksCsv.write(scenario, plan));
        assertThat(lines).containsExactly(
                "rank,kind,resource,link_id,from_node,to_node,capacity_tonnes_per_day,weighted_late_hours_saved,"
                        + "units_delayed,saturated_periods,mode,from_name,to_name",
                "1,link,link:rail-1:DE_GRF>PL_WAW,rail-1,DE_GRF,PL_WAW,6000,5.06,1,1,rail,Grafenwöhr,Warsaw");
    }

    @Test
    void utilisationListsUsedPeriodsAndLeavesUnconstrainedCapacityEmpty() {
        List<String> lines = lines(UtilisationCsv.write(plan));
        assertThat(lines.get(0)).isEqualTo("resource,kind,link_id,from_node,to_node,period,start_hour,tonnes,capacity_tonnes,share");
        assertThat(lines).contains("link:rail-1:DE_GRF>PL_WAW,link,rail-1,DE_GRF,PL_WAW,17,102,1500,1500,1",
                "link:rail-1:DE_GRF>PL_WAW,link,rail-1,DE_GRF,PL_WAW,18,108,500,1500,0.3333",
                "link:road-1:PL_WAW>LT_VNO,link,road-1,PL_WAW,LT_VNO,20,120,2000,,",
                "node_handling:PL_WAW,node_handling,,PL_WAW,PL_WAW,19,114,2000,3000,0.6667");
        assertThat(lines).hasSize(1 + 2 + 1 + 1 + 3);
    }

    @Test
    void planJsonHoldsTheWholePlan() throws IOException {
        JsonNode root = JSON.readTree(PlanJson.write(scenario, plan));
        assertThat(root.path("format").asText()).isEqualTo(PlanJson.FORMAT);
        assertThat(root.path("scenario").path("illustrative").asBoolean()).isTrue();
        assertThat(root.path("objective").path("weightedLateHours").asDouble()).isEqualTo(5.06);
        assertThat(root.path("objective").path("liftTonneKm").asLong()).isEqualTo(2_994_800);
        assertThat(root.path("bound").path("method").asText()).isEqualTo("critical-path");
        assertThat(root.path("gap").asDouble()).isEqualTo(0.5062);
        assertThat(root.path("counts").path("late").asInt()).isEqualTo(1);
        assertThat(root.path("counts").path("unreachable").asInt()).isEqualTo(1);
        JsonNode movements = root.path("movements");
        assertThat(movements.size()).isEqualTo(3);
        assertThat(movements.get(0).path("legs").size()).isEqualTo(5);
        assertThat(movements.get(0).path("legs").get(1).path("link").asText()).isEqualTo("rail-1");
        assertThat(movements.get(2).path("arriveHour").isNull()).isTrue();
        assertThat(movements.get(2).path("reason").asText()).isEqualTo("too_heavy");
        assertThat(root.path("closures").get(0).path("points").size()).isEqualTo(3);
        JsonNode rail = root.path("utilisation").get(0);
        assertThat(rail.path("resource").path("key").asText()).isEqualTo("link:rail-1:DE_GRF>PL_WAW");
        assertThat(rail.path("peakShare").asDouble()).isEqualTo(1.0);
        assertThat(rail.path("peakPeriod").asInt()).isEqualTo(17);
        assertThat(rail.path("saturatedPeriods").asInt()).isEqualTo(1);
        assertThat(root.path("utilisation").get(1).path("capacityPerPeriod").isNull()).isTrue();
        assertThat(root.path("bottlenecks").get(0).path("rank").asInt()).isEqualTo(1);
    }

    @Test
    void flowsAreLinesPerUsedLinkDirectionAndPointsPerNodeInLongitudeLatitude() throws IOException {
        JsonNode root = JSON.readTree(FlowsGeoJson.write(scenario, plan));
        assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
        List<JsonNode> lines = new ArrayList<>();
        List<JsonNode> points = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            assertThat(feature.path("type").asText()).isEqualTo("Feature");
            String type = feature.path("geometry").path("type").asText();
            (type.equals("LineString") ? lines : points).add(feature);
        }
        assertThat(lines).hasSize(3);
        assertThat(points).hasSize(5);
        JsonNode rail = lines.get(0);
        assertThat(rail.path("properties").path("link_id").asText()).isEqualTo("rail-1");
        assertThat(rail.path("properties").path("mode").asText()).isEqualTo("rail");
        assertThat(rail.path("properties").path("tonnes").asDouble()).isEqualTo(2000);
        assertThat(rail.path("properties").path("peak_share").asDouble()).isEqualTo(1.0);
        assertThat(rail.path("properties").path("units").asText()).isEqualTo("DEU_PzGrenBtl_122");
        assertCoordinates(rail.path("geometry").path("coordinates").get(0), TestdataPlans.GRF);
        assertCoordinates(rail.path("geometry").path("coordinates").get(1), TestdataPlans.WAW);
        assertThat(lines.get(1).path("properties").path("peak_share").isNull()).isTrue();
        JsonNode warsaw = points.stream().filter(p -> p.path("properties").path("node_id").asText().equals("PL_WAW"))
                .findFirst().orElseThrow();
        assertCoordinates(warsaw.path("geometry").path("coordinates"), TestdataPlans.WAW);
        assertThat(warsaw.path("properties").path("handling_peak_share").asDouble()).isEqualTo(0.6667);
        assertThat(warsaw.path("properties").path("name").asText()).isEqualTo("Warsaw");
    }

    @Test
    void routesAreOneLinePerMovingUnit() throws IOException {
        JsonNode root = JSON.readTree(RoutesGeoJson.write(scenario, plan));
        JsonNode features = root.path("features");
        assertThat(features.size()).isEqualTo(2);
        JsonNode first = features.get(0);
        assertThat(first.path("geometry").path("coordinates").size()).isEqualTo(3);
        assertCoordinates(first.path("geometry").path("coordinates").get(2), TestdataPlans.VNO);
        assertThat(first.path("properties").path("status").asText()).isEqualTo("late");
        assertThat(first.path("properties").path("modes").asText()).isEqualTo("rail road");
    }

    @Test
    void filesAreTheSameBytesWhateverTheLocaleAndUseNewlines() {
        Map<String, byte[]> first = PlanFiles.of(scenario, plan);
        Locale before = Locale.getDefault();
        Map<String, byte[]> second;
        try {
            Locale.setDefault(Locale.GERMANY);
            second = PlanFiles.of(scenario, plan);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet())
                .containsExactly("legs.csv", "arrivals.csv", "bottlenecks.csv", "utilisation.csv", "plan.json",
                        "flows.geojson", "routes.geojson");
        first.forEach((name, bytes) -> {
            assertThat(second.get(name)).as(name).isEqualTo(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(name).doesNotContain("\r").endsWith("\n");
        });
    }

    @Test
    void decimalsAreRoundedHalfUpWithoutTrailingZerosOrExponents() {
        assertThat(Decimals.hours(150.125)).isEqualTo("150.13");
        assertThat(Decimals.hours(12.50)).isEqualTo("12.5");
        assertThat(Decimals.hours(-0.001)).isEqualTo("0");
        assertThat(Decimals.tonnes(1.5e9)).isEqualTo("1500000000");
        assertThat(Decimals.tonnes(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(Decimals.day(23.99)).isEqualTo("0");
        assertThat(Decimals.day(24)).isEqualTo("1");
    }

    private void assertCoordinates(JsonNode position, NodeId id) {
        Node node = scenario.network().node(id).orElseThrow();
        assertThat(position.get(0).asDouble()).as("longitude of " + id).isEqualTo(node.location().longitude());
        assertThat(position.get(1).asDouble()).as("latitude of " + id).isEqualTo(node.location().latitude());
    }

    private static List<String> lines(String csv) {
        assertThat(csv).endsWith("\n").doesNotContain("\r");
        return List.of(csv.split("\n"));
    }
}
