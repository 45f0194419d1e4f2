package org.bulwark.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bulwark.model.Engagement;

/**
 * The bundled CDB90 battles (US Army Concepts Analysis Agency, 1990; tidy revision by J. B. Arnold,
 * ODC-BY; {@code cdb90/README.md}) as {@link Engagement}s with what happened: the battles the
 * engagement model is fitted on. A battle is kept when both sides have a strength and casualties,
 * it has a duration, a posture, an outcome and an advance, and it is not a duplicate of another
 * ({@code parent}); {@link #skipped()} says how many were left out and why.
 */
public final class Cdb90 {
    private static final List<String> BATTLES = List.of("isqno", "war", "name", "locn", "campgn", "postype", "post1", "post2",
            "front", "depth", "time", "aeroa", "surpa", "cea", "leada", "trnga", "morala", "logsa", "momnta", "intela", "techa",
            "inita", "wina", "kmda", "crit", "quala", "resa", "mobila", "aira", "fprepa", "wxa", "terra", "leadaa", "plana",
            "surpaa", "mana", "logsaa", "fortsa", "deepa", "is_hero", "war2", "war3", "war4", "war4_theater", "dbpedia",
            "cow_warno", "cow_warname", "war_initiator", "parent");
    private static final List<String> BELLIGERENTS = List.of("isqno", "attacker", "nam", "co", "str", "code", "intst", "rerp",
            "cas", "finst", "cav", "tank", "lt", "mbt", "arty", "fly", "ctank", "carty", "cfly", "pri1", "pri2", "pri3", "sec1",
            "sec2", "sec3", "reso1", "reso2", "reso3", "strpl", "strmi", "caspl", "casmi", "ach", "actors");
    private static final List<String> DURATIONS = List.of("isqno", "datetime_min", "datetime_max", "datetime", "duration1",
            "duration2");
    private static final List<String> TERRAIN = List.of("isqno", "terrano", "terra1", "terra2", "terra3");

    /** The attribution that must travel with the data and what is derived from it. */
    public static final String ATTRIBUTION = "CDB90, US Army Concepts Analysis Agency (1990), public domain; tidy revision "
            + "by Jeffrey B. Arnold (github.com/jrnold/CDB90), Open Data Commons Attribution License";

    /** CDB90 writes -9999 for a value it does not know (15 advances in this copy). */
    private static final double MISSING = -9999;

    private final List<Engagement> battles;
    private final Map<String, Integer> skipped;

    private Cdb90(List<Engagement> battles, Map<String, Integer> skipped) {
        this.battles = List.copyOf(battles);
        this.skipped = Map.copyOf(skipped);
    }

    private static final class Holder {
        static final Cdb90 BUNDLED = load();
    }

    /** The bundled copy, read once. */
    public static Cdb90 bundled() {
        return Holder.BUNDLED;
    }

    /** The usable battles, in {@code isqno} order, ids {@code "isqno name"}. */
    public List<Engagement> battles() {
        return battles;
    }

    /** Battles left out, by reason. */
    public Map<String, Integer> skipped() {
        return skipped;
    }

    private static Cdb90 load() {
        Map<String, CsvRow> durations = byBattle(CsvTable.read("cdb90/battle_durations.csv", DURATIONS).rows());
        Map<String, CsvRow> terrain = byBattle(CsvTable.read("cdb90/terrain.csv", TERRAIN).rows());
        Map<String, CsvRow> attackers = new HashMap<>();
        Map<String, CsvRow> defenders = new HashMap<>();
        for (CsvRow row : CsvTable.read("cdb90/belligerents.csv", BELLIGERENTS).rows()) {
            (row.text("attacker").equals("1") ? attackers : defenders).putIfAbsent(row.text("isqno"), row);
        }
        List<Engagement> battles = new ArrayList<>();
        Map<String, Integer> skipped = new java.util.TreeMap<>();
        for (CsvRow b : CsvTable.read("cdb90/battles.csv", BATTLES).rows()) {
            String id = b.text("isqno");
            String why = null;
            CsvRow a = attackers.get(id);
            CsvRow d = defenders.get(id);
            CsvRow t = durations.get(id);
            Optional<Engagement.Posture> posture = Engagement.Posture.ofCode(b.text("post1"));
            Optional<Engagement.Outcome> outcome = b.number("wina").stream().mapToObj(w -> Engagement.Outcome.ofCode((int) w))
                    .flatMap(Optional::stream).findFirst();
            if (!b.text("parent").isEmpty()) {
                why = "a duplicate of another battle";
            } else if (a == null || d == null) {
                why = "no attacker or defender row";
            } else if (positive(a, "str").isEmpty() || positive(d, "str").isEmpty()) {
                why = "a strength missing or 0";
            } else if (a.number("cas").isEmpty() || d.number("cas").isEmpty()) {
                why = "casualties missing";
            } else if (t == null || positive(t, "duration1").isEmpty()) {
                why = "no duration";
            } else if (posture.isEmpty()) {
                why = "no defender posture";
            } else if (outcome.isEmpty() || b.number("kmda").isEmpty() || b.number("kmda").getAsDouble() <= MISSING) {
                why = "no outcome or advance (advance -9999: not known)";
            }
            if (why != null) {
                skipped.merge(why, 1, Integer::sum);
                continue;
            }
            double year = Double.parseDouble(t.text("datetime").substring(0, 4));
            Engagement.Terrain ground = Optional.ofNullable(terrain.get(id))
                    .flatMap(row -> Engagement.Terrain.ofCode(row.text("terra1"))).orElse(Engagement.Terrain.OTHER);
            battles.add(new Engagement(id + " " + b.text("name"), year, side(a), side(d), posture.get(), ground,
                    t.number("duration1").getAsDouble(), Optional.of(new Engagement.Observed(
                            a.number("cas").getAsDouble(), d.number("cas").getAsDouble(), b.number("kmda").getAsDouble(),
                            outcome.get()))));
        }
        return new Cdb90(battles, skipped);
    }

    private static Engagement.Side side(CsvRow row) {
        return new Engagement.Side(row.number("str").getAsDouble(), count(row, "tank"), count(row, "arty"), count(row, "fly"));
    }

    private static double count(CsvRow row, String column) {
        OptionalDouble v = row.number(column);
        return v.isPresent() && v.getAsDouble() > 0 ? v.getAsDouble() : 0;
    }

    private static OptionalDouble positive(CsvRow row, String column) {
        OptionalDouble v = row.number(column);
        return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
    }

    private static Map<String, CsvRow> byBattle(List<CsvRow> rows) {
        Map<String, CsvRow> map = new HashMap<>();
        rows.forEach(r -> map.putIfAbsent(r.text("isqno"), r));
        return map;
    }
}
