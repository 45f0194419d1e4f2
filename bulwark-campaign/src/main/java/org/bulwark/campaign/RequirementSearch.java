package org.bulwark.campaign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bulwark.campaign.CampaignAssessment.HeldPoint;
import org.bulwark.campaign.Requirement.Addition;
import org.bulwark.campaign.Requirement.ObjectiveChange;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.UnitId;

/**
 * Searches for the least-cost set of added forces (unit type × place × arrival time) that
 * raises P(every objective held for N days) to a target (docs/model.md, "Requirement search").
 *
 * <p>A greedy heuristic with common random numbers, in the spirit of the greedy algorithms for
 * budgeted monotone maximisation (Khuller, Moss and Naor, "The budgeted maximum coverage
 * problem", IPL 70, 1999: pick the best gain per cost): every candidate is run on the same
 * replications, so the differences between candidates are not buried in Monte Carlo noise.
 * <ol>
 * <li><b>Greedy.</b> Add the one unit, in place at the earliest candidate time, whose gain in the
 * score per cost is highest, until P(all held) reaches the target on the search runs. The score
 * is Σ over objectives of log P̃(held N days) + the mean share of the N days held, with
 * P̃ = (held runs + ½)/(runs + 1): the log of the product of the objectives' chances (P(all held) if
 * they were independent; shared axes make the true value higher), smoothed so an objective that
 * never holds still shows progress when its fall is delayed. Only places whose objective fell in
 * some search run are tried, and unit types dominated by another (no more combat value, no less
 * cost) are not tried.</li>
 * <li><b>Pruning.</b> Drop each addition, most expensive first, whose removal keeps the target.</li>
 * <li><b>Timing.</b> Move each addition to the latest candidate arrival that keeps the target:
 * the answer says by when a force is needed, not merely that earlier is better.</li>
 * <li><b>Verification.</b> Estimate P(all held) before and after on {@code verifyRuns} fresh
 * replications (a different seed from the passes, so the choices do not flatter the estimate).
 * If it falls short, the search target is raised by the shortfall and the passes resume (at most
 * three rounds).</li>
 * </ol>
 * Deterministic for a seed whatever the number of threads; never throws for an unreachable
 * target, it reports what was reached.
 */
public final class RequirementSearch {
    private static final int ROUNDS = 3;
    private static final long SEARCH_STREAM = 0x5EA2C4L;

    private RequirementSearch() {
    }

    /** One unit chosen: indices into the options' units, places and arrivals. */
    private record Chosen(int unit, int place, int arrival) {
    }

    /**
     * @param progress hears the search's progress as thousandths of the target reached on the search runs
     */
    public static Requirement search(CampaignModel model, RequirementOptions options, CampaignProgress progress) {
        if (options.holdDays() > model.days) {
            throw new IllegalArgumentException("hold days " + options.holdDays() + " exceed the campaign's " + model.days);
        }
        return new Run(model, options, progress).run();
    }

    /** The mutable state of one search. */
    private static final class Run {
        private final CampaignModel model;
        private final RequirementOptions options;
        private final CampaignProgress progress;
        private final long searchSeed;
        private final AtomicLong replications = new AtomicLong();
        private final List<String> notes = new ArrayList<>();
        private final List<Integer> units = new ArrayList<>();
        private final List<Integer> places = new ArrayList<>();
        private final int[] placeObjective;
        private long shown;

        Run(CampaignModel model, RequirementOptions options, CampaignProgress progress) {
            this.model = model;
            this.options = options;
            this.progress = progress;
            this.searchSeed = RandomStreams.mix(options.seed() ^ SEARCH_STREAM);
            List<UnitOption> all = options.units();
            for (int i = 0; i < all.size(); i++) {
                UnitOption u = all.get(i);
                UnitOption better = null;
                for (int j = 0; j < all.size() && better == null; j++) {
                    if (u.dominatedBy(all.get(j)) || (j < i && all.get(j).combatValue() == u.combatValue()
                            && all.get(j).cost() == u.cost())) {
                        better = all.get(j);
                    }
                }
                if (better == null) {
                    units.add(i);
                } else {
                    notes.add(String.format(Locale.ROOT, "%s not tried: %s gives at least as much combat value (%s) "
                            + "for no more cost (%s).", u.type().value(), better.type().value(),
                            number(better.combatValue()), number(better.cost())));
                }
            }
            double radius = model.parameter(CampaignParameter.DEFENCE_RADIUS_KM);
            placeObjective = new int[options.places().size()];
            for (int p = 0; p < options.places().size(); p++) {
                Place place = options.places().get(p);
                CampaignModel.NodeReach reach = model.reach.get(place.node());
                placeObjective[p] = reach == null || reach.objective() < 0 || reach.nearestPositionKm() > radius ? -1
                        : reach.objective();
                if (placeObjective[p] < 0) {
                    notes.add("place " + place.label() + " (" + place.node().value() + ") not tried: no defended position "
                            + "(an allied node on an axis) within " + number(radius) + " km by road.");
                } else {
                    places.add(p);
                }
            }
        }

        Requirement run() {
            double hours = options.holdDays() * 24;
            Holding before = verify(List.of());
            List<Chosen> chosen = new ArrayList<>();
            Holding after = before;
            double target = options.confidence();
            boolean reached = before.probability() >= options.confidence();
            String stop = null;
            for (int round = 0; round < ROUNDS && !reached && stop == null; round++) {
                stop = greedy(chosen, target);
                if (stop == null) {
                    prune(chosen, target);
                    delay(chosen, target);
                }
                after = verify(chosen);
                reached = after.probability() >= options.confidence();
                // Short on fresh runs: aim higher on the search runs by the shortfall (and one run's worth).
                target = Math.min(1, target + options.confidence() - after.probability() + 1.0 / options.searchRuns());
            }
            if (!reached && stop == null) {
                stop = "the verified estimate stayed below the target after " + ROUNDS + " rounds";
            }
            if (stop != null) {
                notes.add("Not reachable: " + stop + ".");
            }
            progress.advanced(1000, 1000);
            List<ObjectiveChange> objectives = new ArrayList<>();
            for (int o = 0; o < model.objectiveIds.length; o++) {
                objectives.add(new ObjectiveChange(model.objectiveIds[o], before.objective(o, hours),
                        after.objective(o, hours)));
            }
            List<Addition> additions = additions(chosen);
            double cost = additions.stream().mapToDouble(Addition::cost).sum();
            List<String> proxied = options.units().stream().filter(UnitOption::costIsProxy).map(u -> u.type().value())
                    .toList();
            if (!proxied.isEmpty()) {
                notes.add(0, "Costs are a proxy, the personnel of one unit, for "
                        + String.join(", ", proxied) + "; give real costs per type to weigh the choice properly.");
            }
            notes.add(String.format(Locale.ROOT, "Searched with %,d runs per candidate, verified on %,d fresh runs.",
                    options.searchRuns(), options.verifyRuns()));
            HeldPoint p0 = before.all(hours);
            HeldPoint p1 = after.all(hours);
            return new Requirement(reached, options.holdDays(), options.confidence(), additions, cost, p0, p1, objectives,
                    options.searchRuns(), options.verifyRuns(), options.seed(), replications.get(), notes);
        }

        /** Adds units until the search runs reach the target; the reason when it cannot, else null. */
        private String greedy(List<Chosen> chosen, double target) {
            Holding base = searchRuns(chosen);
            double baseScore = score(base);
            report(base.probability(), target);
            while (base.probability() < target) {
                if (chosen.size() >= options.maxAdditions()) {
                    return String.format(Locale.ROOT, "the cap of %d added units was reached at P = %.3f on the search runs",
                            options.maxAdditions(), base.probability());
                }
                Chosen best = null;
                Holding bestHolding = null;
                double bestScore = 0;
                double bestGain = 0;
                for (int p : places) {
                    if (base.heldRuns[placeObjective[p]] == base.runs) {
                        continue;
                    }
                    for (int u : units) {
                        Chosen candidate = new Chosen(u, p, 0);
                        chosen.add(candidate);
                        Holding h = searchRuns(chosen);
                        chosen.remove(chosen.size() - 1);
                        double s = score(h);
                        double gain = (s - baseScore) / options.units().get(u).cost();
                        if (gain > bestGain) {
                            best = candidate;
                            bestHolding = h;
                            bestScore = s;
                            bestGain = gain;
                        }
                    }
                }
                if (best == null) {
                    return String.format(Locale.ROOT, "no candidate improves the outcome any further (P = %.3f on the "
                            + "search runs)", base.probability());
                }
                chosen.add(best);
                base = bestHolding;
                baseScore = bestScore;
                report(base.probability(), target);
            }
            return null;
        }

        /** Drops additions, most expensive first (the latest added first among equals), while the target holds. */
        private void prune(List<Chosen> chosen, double target) {
            List<Chosen> order = new ArrayList<>(chosen);
            Collections.reverse(order);
            order.sort(Comparator.comparingDouble((Chosen c) -> options.units().get(c.unit()).cost()).reversed());
            for (Chosen c : order) {
                int at = chosen.lastIndexOf(c);
                chosen.remove(at);
                if (searchRuns(chosen).probability() < target) {
                    chosen.add(at, c);
                }
            }
        }

        /** Moves each addition to the latest candidate arrival that keeps the target. */
        private void delay(List<Chosen> chosen, double target) {
            int last = options.arrivals().size() - 1;
            for (int i = 0; i < chosen.size(); i++) {
                Chosen c = chosen.get(i);
                for (int a = last; a > c.arrival(); a--) {
                    Chosen later = new Chosen(c.unit(), c.place(), a);
                    chosen.set(i, later);
                    if (searchRuns(chosen).probability() >= target) {
                        break;
                    }
                    chosen.set(i, c);
                }
            }
        }

        private double score(Holding h) {
            double s = 0;
            for (int o = 0; o < h.objectives; o++) {
                s += Math.log((h.heldRuns[o] + 0.5) / (h.runs + 1.0)) + h.heldFraction[o];
            }
            return s;
        }

        private Holding searchRuns(List<Chosen> chosen) {
            return Holding.of(withAdditions(chosen), options.holdDays(), options.searchRuns(), searchSeed,
                    options.threads(), replications);
        }

        private Holding verify(List<Chosen> chosen) {
            return Holding.of(withAdditions(chosen), options.holdDays(), options.verifyRuns(), options.seed(),
                    options.threads(), replications);
        }

        private CampaignModel withAdditions(List<Chosen> chosen) {
            if (chosen.isEmpty()) {
                return model;
            }
            List<AddedDefender> added = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                Chosen c = chosen.get(i);
                UnitOption u = options.units().get(c.unit());
                Place place = options.places().get(c.place());
                added.add(new AddedDefender(UnitId.of("added." + i),
                        place.node(), u.combatValue(), options.arrivals().get(c.arrival())));
            }
            return model.withAddedDefenders(added);
        }

        /** The chosen units grouped by kind, place and arrival, in the order first chosen. */
        private List<Addition> additions(List<Chosen> chosen) {
            Map<Chosen, Integer> counts = new LinkedHashMap<>();
            chosen.forEach(c -> counts.merge(c, 1, Integer::sum));
            List<Addition> additions = new ArrayList<>();
            counts.forEach((c, n) -> {
                UnitOption u = options.units().get(c.unit());
                additions.add(new Addition(u.type(), u.name(), options.places().get(c.place()),
                        model.objectiveIds[placeObjective[c.place()]], options.arrivals().get(c.arrival()), n,
                        u.combatValue(), n * u.cost(), u.costIsProxy()));
            });
            return additions;
        }

        private void report(double probability, double target) {
            long now = Math.min(999, (long) (1000 * probability / target));
            if (now > shown) {
                shown = now;
                progress.advanced(now, 1000);
            }
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
