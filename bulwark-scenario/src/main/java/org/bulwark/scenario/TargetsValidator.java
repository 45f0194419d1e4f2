package org.bulwark.scenario;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.FairShareKey;
import org.bulwark.model.NationRole;
import org.bulwark.scenario.Drafts.CostRow;
import org.bulwark.scenario.Drafts.InventoryRow;
import org.bulwark.scenario.Drafts.MinimumRow;
import org.bulwark.scenario.Drafts.NationRow;
import org.bulwark.scenario.Drafts.RequirementRow;
import org.bulwark.scenario.Drafts.SupportRow;
import org.bulwark.scenario.Drafts.TargetsRow;
import org.bulwark.scenario.Drafts.UnitTypeRow;
import org.bulwark.scenario.Drafts.WeightRow;

/**
 * The checks of {@code targets.yaml}, {@code inventories.csv} and {@code costs.csv} that need more
 * than one value: nations and unit types that exist, nations that can take part (allies and
 * partners, and among the declared participants), one row per type or pair, values that are
 * possible, a custom key with its weights.
 */
final class TargetsValidator {
    private static final int FIRST_PRICE_YEAR = 1900;
    private static final int LAST_PRICE_YEAR = 2100;

    private final Drafts d;
    private final Problems problems;
    private final Map<String, NationRow> nations;
    private final Map<String, UnitTypeRow> types;
    private final String catalogue;
    /** The nations that share the requirement: the declared participants, or every ally. */
    private final Set<String> participants = new LinkedHashSet<>();
    private final boolean participantsDeclared;

    TargetsValidator(Drafts drafts, Problems problems, Map<String, NationRow> nations, Map<String, UnitTypeRow> types) {
        this.d = drafts;
        this.problems = problems;
        this.nations = nations;
        this.types = types;
        this.catalogue = drafts.unitTypesFile == null ? "the default unit-type catalogue" : drafts.unitTypesFile;
        TargetsRow t = drafts.targets;
        this.participantsDeclared = t != null && t.participants() != null && !t.participants().isEmpty();
        if (participantsDeclared) {
            t.participants().forEach(p -> participants.add(p.value()));
        } else {
            nations.forEach((code, row) -> {
                if (row.role() != null && row.role().value() == NationRole.ALLY) {
                    participants.add(code);
                }
            });
        }
    }

    void validate() {
        if (d.targets != null) {
            targets(d.targets);
        }
        Map<String, Located<String>> seen = new LinkedHashMap<>();
        for (InventoryRow row : d.inventories) {
            boolean known = nation(row.nation(), "hold an inventory") & type(row.type());
            nonNegative(row.count(), "a count of units held");
            if (known) {
                unique(seen, row.nation().value() + "/" + row.type().value(), row.type(), "inventory of "
                        + row.type().value() + " for " + row.nation().value(), "give one row per nation and type");
            }
        }
        seen.clear();
        for (CostRow row : d.costs) {
            if (type(row.type())) {
                unique(seen, row.type().value(), row.type(), "cost of unit type '" + row.type().value() + "'",
                        "give one row per unit type");
            }
            money(row.acquisition(), "acquisition cost");
            money(row.operating(), "annual operating cost");
            if (row.priceYear() != null && (row.priceYear().value() < FIRST_PRICE_YEAR || row.priceYear().value() > LAST_PRICE_YEAR)) {
                problems.error(row.priceYear().location(), row.priceYear().path(), "price year " + row.priceYear().value()
                        + " is not a plausible year", "give the year whose prices the figures are in, e.g. 2024");
            }
        }
    }

    private void targets(TargetsRow t) {
        FairShareKey key = t.key() == null ? FairShareKey.GDP : t.key().value();
        boolean hasWeights = t.weights() != null && !t.weights().isEmpty();
        if (key == FairShareKey.CUSTOM && !hasWeights && t.weights() == null) {
            problems.error(t.key().location(), t.key().path(), "the custom key needs weights",
                    "add weights: {DEU: 3.0, POL: 2.0, ...} (nations not listed weigh 0), or use key gdp or defence");
        } else if (key == FairShareKey.CUSTOM && !hasWeights) {
            problems.error(t.key().location(), t.key().path(), "the custom key needs weights, but weights is empty",
                    "give at least one nation a weight more than 0");
        }
        if (hasWeights && key != FairShareKey.CUSTOM) {
            WeightRow first = t.weights().get(0);
            Location at = first.nation() != null ? first.nation().location() : t.location();
            problems.warning(at, "weights", "weights are read only with key: custom, and the key is " + key.id(),
                    "set key: custom to use them, or remove them");
        }
        if (hasWeights) {
            weights(t.weights(), key == FairShareKey.CUSTOM);
        }
        keyYear(t, key);
        if (t.capMultiple() != null && !(t.capMultiple().value() > 0 && Double.isFinite(t.capMultiple().value()))) {
            problems.error(t.capMultiple().location(), t.capMultiple().path(), "the cap multiple must be more than 0, got "
                    + ScenarioBinder.number(t.capMultiple().value()),
                    "no nation is asked for more than this multiple of its inventory: use e.g. 2.0, or leave it out for no cap");
        }
        if (t.participants() != null) {
            Map<String, Located<String>> seen = new LinkedHashMap<>();
            for (Located<String> p : t.participants()) {
                if (nation(p, "take part")) {
                    unique(seen, p.value(), p, "participant '" + p.value() + "'", "name each participant once");
                }
            }
        }
        if (t.programmeYears() != null && t.programmeYears().value() < 1) {
            problems.error(t.programmeYears().location(), t.programmeYears().path(), "the programme must last 1 year or more, got "
                    + t.programmeYears().value(), "give the years over which acquisition is spread, e.g. 10");
        }
        Map<String, Located<String>> seen = new LinkedHashMap<>();
        for (RequirementRow row : t.requirement()) {
            if (type(row.type())) {
                unique(seen, row.type().value(), row.type(), "requirement for '" + row.type().value() + "'",
                        "give one line per unit type: add the quantities up");
            }
            nonNegative(row.quantity(), "a quantity");
        }
        seen.clear();
        for (MinimumRow row : t.minimums()) {
            boolean known = participant(row.nation(), "have a minimum contribution");
            boolean typed = row.type() == null || type(row.type());
            nonNegative(row.units(), "a number of units");
            if (known && typed) {
                String what = row.type() == null ? "all types" : row.type().value();
                unique(seen, row.nation().value() + "/" + what, row.type() != null ? row.type() : row.nation(),
                        "minimum for " + row.nation().value() + " (" + what + ")", "give one minimum per nation and type");
            }
        }
        seen.clear();
        for (SupportRow row : t.hostNationSupport()) {
            boolean known = participant(row.nation(), "provide host-nation support") & type(row.type());
            nonNegative(row.units(), "a number of units");
            if (known) {
                unique(seen, row.nation().value() + "/" + row.type().value(), row.type(), "host-nation support of "
                        + row.type().value() + " by " + row.nation().value(), "give one line per nation and type");
            }
        }
    }

    private void weights(List<WeightRow> weights, boolean used) {
        for (WeightRow w : weights) {
            if (w.weight() != null && !(w.weight().value() >= 0 && Double.isFinite(w.weight().value()))) {
                problems.error(w.weight().location(), w.weight().path(), "a weight must be 0 or more, got "
                        + ScenarioBinder.number(w.weight().value()), "use 0 or more; nations not listed weigh 0");
            }
            if (used) {
                participant(w.nation(), "have a weight");
            } else {
                nation(w.nation(), "have a weight");
            }
        }
    }

    /** A GDP or defence key year must be a year of the spending data. */
    private void keyYear(TargetsRow t, FairShareKey key) {
        if (t.keyYear() == null || key == FairShareKey.CUSTOM || d.spending == null) {
            return;
        }
        Set<Integer> years = new TreeSet<>();
        for (DefenceSpending s : d.spending.series()) {
            years.add(s.year());
        }
        if (!years.isEmpty() && !years.contains(t.keyYear().value())) {
            List<Integer> sorted = List.copyOf(years);
            problems.error(t.keyYear().location(), t.keyYear().path(), "the spending data has no year " + t.keyYear().value(),
                    "use a year from " + sorted.get(0) + " to " + sorted.get(sorted.size() - 1)
                            + ", or leave key_year out for the latest year with data for every participant");
        }
    }

    /** Whether the nation is in nations.yaml and not an adversary; reports it when not. */
    private boolean nation(Located<String> code, String what) {
        if (code == null) {
            return false;
        }
        NationRow row = nations.get(code.value());
        if (row == null) {
            if (!d.unreadable.contains("nations")) {
                problems.error(code.location(), code.path(), "nation '" + code.value() + "' is not in nations.yaml",
                        Problems.didYouMean(code.value(), nations.keySet(), nations.isEmpty() ? null : Problems.useOneOf(nations.keySet())));
            }
            return false;
        }
        if (row.role() != null && row.role().value() == NationRole.ADVERSARY) {
            problems.error(code.location(), code.path(), "nation '" + code.value() + "' is an adversary and cannot " + what,
                    "targets are shared among allies and partners: remove this entry");
            return false;
        }
        return true;
    }

    /** Whether the nation shares the requirement; reports it when not. */
    private boolean participant(Located<String> code, String what) {
        if (!nation(code, what)) {
            return false;
        }
        if (participants.contains(code.value())) {
            return true;
        }
        if (nations.get(code.value()).role() == null) {
            return false; // its role is itself an error in nations.yaml, reported there
        }
        problems.error(code.location(), code.path(), "nation '" + code.value() + "' is not a participant and cannot " + what,
                participantsDeclared ? "add " + code.value() + " to participants in targets.yaml, or remove this entry"
                        : "participants default to every ally and " + code.value() + " is a "
                                + nations.get(code.value()).role().value().name().toLowerCase(Locale.ROOT)
                                + ": list the participants in targets.yaml, or remove this entry");
        return false;
    }

    private boolean type(Located<String> type) {
        if (type == null) {
            return false;
        }
        if (types.containsKey(type.value())) {
            return true;
        }
        if (!d.unreadable.contains("unit_types")) {
            problems.error(type.location(), type.path(), "unit type '" + type.value() + "' is not in " + catalogue,
                    Problems.didYouMean(type.value(), types.keySet(), types.isEmpty() ? null : Problems.useOneOf(types.keySet())));
        }
        return false;
    }

    private void unique(Map<String, Located<String>> seen, String key, Located<String> at, String what, String hint) {
        Located<String> first = seen.putIfAbsent(key, at);
        if (first != null) {
            problems.error(at.location(), at.path(), "duplicate " + what + " (first at " + first.location() + ")", hint);
        }
    }

    private void nonNegative(Located<Integer> value, String what) {
        if (value != null && value.value() < 0) {
            problems.error(value.location(), value.path(), what + " cannot be negative, got " + value.value(), "use 0 or more");
        }
    }

    private void money(Located<Double> value, String what) {
        if (value != null && !(value.value() >= 0 && Double.isFinite(value.value()))) {
            problems.error(value.location(), value.path(), "the " + what + " must be 0 or more million US dollars, got "
                    + ScenarioBinder.number(value.value()), "give millions of US dollars per unit, e.g. 650");
        }
    }
}
