package org.bulwark.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulwark.model.ForceTier;
import org.bulwark.model.Mode;
import org.bulwark.model.NationRole;
import org.bulwark.model.NodeKind;
import org.bulwark.model.ObjectiveKind;
import org.bulwark.model.RailGauge;
import org.bulwark.model.TerrainClass;
import org.bulwark.model.CampaignInput;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.FairShareKey;
import org.bulwark.model.Source;
import org.bulwark.model.Spending;
import org.bulwark.model.UnitCategory;

/**
 * What binding produces: every row of every file with its values still located, so semantic
 * checks can point at them. Values that were absent or wrong are {@code null}.
 */
final class Drafts {
    ScenarioRow scenario;
    final List<NationRow> nations = new ArrayList<>();
    final List<UnitTypeRow> unitTypes = new ArrayList<>();
    /** The file the catalogue came from, or null for the bundled default. */
    String unitTypesFile;
    final List<RegionRow> regions = new ArrayList<>();
    final List<NodeRow> nodes = new ArrayList<>();
    final List<LinkRow> links = new ArrayList<>();
    final List<GaugeBreakRow> gaugeBreaks = new ArrayList<>();
    final List<UnitRow> units = new ArrayList<>();
    final List<PlacementRow> posture = new ArrayList<>();
    final List<ReinforcementRow> reinforcements = new ArrayList<>();
    final List<ObjectiveRow> objectives = new ArrayList<>();
    ThreatRow threat;
    /** {@code campaign.yaml}, or null when the folder has none. */
    CampaignRow campaign;
    /** The rows of {@code terrain.csv}; empty when the folder has none. */
    final List<TerrainRow> terrain = new ArrayList<>();
    /** {@code targets.yaml}, or null when the folder has none. */
    TargetsRow targets;
    /** {@code lift.yaml}, or null when the folder has none. */
    LiftRow lift;
    /** The rows of {@code inventories.csv}; empty when the folder has none. */
    final List<InventoryRow> inventories = new ArrayList<>();
    /** The rows of {@code costs.csv}; empty when the folder has none. */
    final List<CostRow> costs = new ArrayList<>();
    /** Tables that could not be read at all: references into them are not checked, to avoid a flood of follow-on errors. */
    final java.util.Set<String> unreadable = new java.util.HashSet<>();
    Spending spending;

    /** {@code lift.yaml}: figures per mode that replace the bundled ones, and the road march day; absent parts keep the defaults. */
    record LiftRow(Location location, Map<Mode, LiftModeRow> modes, MarchRow march, Source source) {
    }

    record LiftModeRow(String path, Location location, Mode mode, Located<Double> elementTonnes, Located<Double> maxItemTonnes,
                       Located<String> element,
                       Located<Double> speedKmh, Located<Double> loadHours, Located<Double> unloadHours, Source source) {
    }

    record MarchRow(String path, Location location, Located<Double> hoursPerDay, Located<Double> startHour, Source source) {
    }

    record ScenarioRow(Location location, Located<String> id, Located<String> name, Located<String> description,
                       Located<String> classification, Located<Boolean> illustrative, Located<String> asOf,
                       Located<Double> horizonDays) {
    }

    record NationRow(String path, Location location, Located<String> code, Located<String> name,
                     Located<NationRole> role) {
    }

    record UnitTypeRow(String path, Location location, Located<String> id, Located<String> name,
                       Located<UnitCategory> category, Located<Integer> personnel, Located<Integer> vehicles,
                       Located<Double> liftTonnes, Located<Double> liftM2, Located<Double> heaviestItemTonnes,
                       Located<Double> combatValue, Source source, Located<Double> rsoiHours) {
    }

    record RegionRow(String path, Location location, Located<String> id, Located<String> name) {
    }

    record NodeRow(String path, Location location, Located<String> id, Located<String> name, Located<String> nation,
                   Located<NodeKind> kind, Located<Double> lat, Located<Double> lon, Located<String> region,
                   Located<Double> handlingTonnesPerDay, Source source) {
    }

    record LinkRow(String path, Location location, Located<String> id, Located<String> from, Located<String> to,
                   Located<Mode> mode, Located<Double> distanceKm, Located<Double> speedKmh,
                   Located<Double> transitHours, Located<Double> capacityTonnesPerDay, Located<Double> liftsPerDay,
                   boolean gaugeGiven, Located<RailGauge> gauge,
                   Located<Double> weightLimitTonnes, Source source) {
    }

    record GaugeBreakRow(String path, Location location, Located<String> node, Located<Double> transshipmentHours,
                         Located<Double> capacityTonnesPerDay, Source source) {
    }

    record UnitRow(String path, Location location, Located<String> id, Located<String> nation, Located<String> type,
                   Located<String> name, Located<Integer> personnel, Located<Integer> vehicles,
                   Located<Double> liftTonnes, Located<Double> liftM2, Located<Double> heaviestItemTonnes,
                   Located<Double> combatValue, Located<Double> noticeDays, Located<ForceTier> tier,
                   Located<String> home, Source source) {
    }

    record PlacementRow(String path, Location location, Located<String> unit, Located<String> node, Source source) {
    }

    record ReinforcementRow(String path, Location location, Located<String> unit, Located<String> destination,
                            Located<Double> availableHour, Located<Double> requiredHour, Located<Integer> priority,
                            Source source, Located<String> drawAt, Located<Double> drawHours,
                            Located<org.bulwark.model.PersonnelMove> personnelBy) {
    }

    record ObjectiveRow(String path, Location location, Located<String> id, Located<String> name,
                        Located<String> node, Located<ObjectiveKind> kind, Located<Integer> priority, Source source) {
    }

    record AssemblyAreaRow(String path, Location location, Located<String> id, Located<String> name,
                           Located<String> node, List<Located<String>> units) {
    }

    record AxisRow(String path, Location location, Located<String> id, Located<String> name, Located<String> from,
                   Located<String> objective, List<Located<String>> route) {
    }

    record ThreatRow(Location location, Located<Double> warningHours, Source source, List<AssemblyAreaRow> assemblyAreas,
                     List<AxisRow> axes) {
    }

    record CampaignRow(Location location, Located<Double> days, Located<Double> stepHours,
                       Located<TerrainClass> defaultTerrain, Source source, List<ParameterRow> parameters,
                       List<UncertaintyRow> uncertainty) {
    }

    /** One override under {@code parameters}; {@code value} is null when it was reported as wrong. */
    record ParameterRow(String path, Location location, CampaignParameter parameter, Located<Double> value, Source source) {
    }

    /**
     * One entry under {@code uncertainty}: the shape and whichever of its numbers were given
     * (null when absent or reported as wrong).
     */
    record UncertaintyRow(String path, Location location, CampaignInput input, Located<DistributionShape> shape,
                          Map<String, Located<Double>> numbers, Source source) {
        UncertaintyRow {
            numbers = Map.copyOf(numbers);
        }

        Located<Double> number(String field) {
            return numbers.get(field);
        }
    }

    record TerrainRow(String path, Location location, Located<String> node, Located<TerrainClass> terrain,
                      Located<Boolean> river, Source source) {
    }

    /**
     * {@code targets.yaml}. {@code weights} is null when the file has no weights mapping;
     * {@code participants} is null when the file names none.
     */
    record TargetsRow(Location location, Located<FairShareKey> key, Located<Integer> keyYear, List<WeightRow> weights,
                      Located<Double> capMultiple, List<Located<String>> participants, Located<Integer> programmeYears,
                      List<RequirementRow> requirement, List<MinimumRow> minimums, List<SupportRow> hostNationSupport,
                      Source source) {
    }

    /** One entry under {@code weights}; {@code weight} is null when it was reported as wrong. */
    record WeightRow(Located<String> nation, Located<Double> weight) {
    }

    record RequirementRow(String path, Location location, Located<String> type, Located<Integer> quantity, Source source) {
    }

    /** {@code type} is null for a minimum over all types (or when it was reported as wrong). */
    record MinimumRow(String path, Location location, Located<String> nation, Located<String> type, Located<Integer> units,
                      Located<String> reason, Source source) {
    }

    record SupportRow(String path, Location location, Located<String> nation, Located<String> type, Located<Integer> units,
                      Source source) {
    }

    record InventoryRow(String path, Location location, Located<String> nation, Located<String> type, Located<Integer> count,
                        Source source) {
    }

    record CostRow(String path, Location location, Located<String> type, Located<Double> acquisition,
                   Located<Double> operating, Located<Integer> priceYear, Source source) {
    }
}
