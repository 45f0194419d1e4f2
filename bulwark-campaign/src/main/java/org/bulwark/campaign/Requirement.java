package org.bulwark.campaign;

import java.util.List;
import java.util.Objects;
import org.bulwark.campaign.CampaignAssessment.HeldPoint;
import org.bulwark.model.ObjectiveId;
import org.bulwark.model.UnitTypeId;

/**
 * What the requirement search found: the forces to add, and P(every objective held for the
 * hold days) before and after, each from {@code verifyRuns} replications with its 95 % Wilson
 * interval.
 *
 * @param reached       true when the estimate after the additions is at least the confidence asked for;
 *                      false when the target is not reachable within the candidates and the cap, in which
 *                      case {@code additions} is the best the search reached
 * @param totalCost     the sum of the additions' costs
 * @param objectives    per objective, P(held for the hold days) before and after
 * @param replications  every replication the search ran, the verification included
 * @param notes         facts a reader should know (cost proxy, candidates not tried, why the search stopped)
 */
public record Requirement(boolean reached, double holdDays, double confidence, List<Addition> additions,
                          double totalCost, HeldPoint before, HeldPoint after, List<ObjectiveChange> objectives,
                          int searchRuns, int verifyRuns, long seed, long replications, List<String> notes) {
    public Requirement {
        additions = List.copyOf(additions);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        objectives = List.copyOf(objectives);
        notes = List.copyOf(notes);
    }

    /**
     * Forces of one kind added at one place, in place by one time.
     *
     * @param defends     the objective they defend (the nearest to the place by road)
     * @param combatValue combat value of one unit
     * @param cost        cost of all {@code count} units
     */
    public record Addition(UnitTypeId type, String typeName, Place place, ObjectiveId defends, ArrivalTime arrival,
                           int count, double combatValue, double cost, boolean costIsProxy) {
        public Addition {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(typeName, "typeName");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(defends, "defends");
            Objects.requireNonNull(arrival, "arrival");
        }
    }

    /** P(an objective held for the hold days) before and after the additions. */
    public record ObjectiveChange(ObjectiveId objective, HeldPoint before, HeldPoint after) {
        public ObjectiveChange {
            Objects.requireNonNull(objective, "objective");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }
}
