package org.bulwark.cli.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bulwark.campaign.CampaignAssessment.HeldPoint;
import org.bulwark.campaign.Requirement;
import org.bulwark.campaign.Requirement.Addition;
import org.bulwark.campaign.Requirement.ObjectiveChange;

/**
 * The files a requirement search is written to: {@code requirement.json} (everything) and
 * {@code requirement.csv} (one row per addition). The same bytes for the same requirement.
 */
public final class RequirementFiles {
    static final String JSON = "requirement.json";
    static final String CSV = "requirement.csv";
    /** Version of {@code requirement.json}'s layout. */
    static final String FORMAT = "bulwark-requirement/1";

    private RequirementFiles() {
    }

    /**
     * The files of {@code r}.
     *
     * @param costBasis what the cost of an addition that is not the personnel proxy is, e.g. "given"
     *                  or "cost table (million USD)"; written as its {@code cost_basis}
     */
    public static Map<String, byte[]> of(Requirement r, String costBasis) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(JSON, json(r, costBasis).getBytes(StandardCharsets.UTF_8));
        files.put(CSV, csv(r, costBasis).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** What each file holds, one line each, for summaries. */
    public static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(JSON, "the whole requirement for scripts (format " + FORMAT + ")");
        d.put(CSV, "the forces to add: unit type, place, objective defended, in place by, count, cost");
        return d;
    }

    private static String csv(Requirement r, String costBasis) {
        CsvTable csv = new CsvTable("unit_type", "place", "node", "defends", "in_place_by", "count", "combat_value_each",
                "cost", "cost_basis");
        for (Addition a : r.additions()) {
            csv.row(a.type().value(), a.place().label(), a.place().node().value(), a.defends().value(),
                    a.arrival().label(), Integer.toString(a.count()), Decimals.text(a.combatValue(), Decimals.TONNES),
                    Decimals.text(a.cost(), Decimals.TONNES), basis(a, costBasis));
        }
        return csv.write();
    }

    private static String json(Requirement r, String costBasis) {
        ObjectNode root = JsonTree.object();
        root.put("format", FORMAT);
        root.put("reached", r.reached());
        JsonTree.number(root, "hold_days", r.holdDays(), Decimals.HOURS);
        JsonTree.number(root, "confidence", r.confidence(), Decimals.SHARE);
        JsonTree.number(root, "total_cost", r.totalCost(), Decimals.TONNES);
        root.set("before", held(r.before()));
        root.set("after", held(r.after()));
        ArrayNode additions = root.putArray("additions");
        for (Addition a : r.additions()) {
            ObjectNode node = additions.addObject();
            node.put("unit_type", a.type().value());
            node.put("unit_type_name", a.typeName());
            node.put("place", a.place().label());
            node.put("node", a.place().node().value());
            node.put("defends", a.defends().value());
            node.put("in_place_by", a.arrival().label());
            node.put("from", a.arrival().fromD() ? "D" : "C");
            JsonTree.number(node, "hours", a.arrival().hours(), Decimals.HOURS);
            node.put("count", a.count());
            JsonTree.number(node, "combat_value_each", a.combatValue(), Decimals.TONNES);
            JsonTree.number(node, "cost", a.cost(), Decimals.TONNES);
            node.put("cost_basis", basis(a, costBasis));
        }
        ArrayNode objectives = root.putArray("objectives");
        for (ObjectiveChange o : r.objectives()) {
            ObjectNode node = objectives.addObject();
            node.put("objective", o.objective().value());
            node.set("before", held(o.before()));
            node.set("after", held(o.after()));
        }
        root.put("search_runs", r.searchRuns());
        root.put("verify_runs", r.verifyRuns());
        root.put("seed", r.seed());
        root.put("replications", r.replications());
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return JsonTree.write(root);
    }

    private static String basis(Addition a, String costBasis) {
        return a.costIsProxy() ? "personnel (proxy)" : costBasis;
    }

    static ObjectNode held(HeldPoint p) {
        ObjectNode node = JsonTree.object();
        JsonTree.number(node, "p", p.probability(), Decimals.SHARE);
        JsonTree.number(node, "low", p.low(), Decimals.SHARE);
        JsonTree.number(node, "high", p.high(), Decimals.SHARE);
        return node;
    }
}
