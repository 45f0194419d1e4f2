package org.bulwark.deploy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bulwark.model.NodeId;
import org.bulwark.model.UnitId;

/**
 * What the plan does with one reinforcement.
 *
 * <p>{@code home} is where the movement starts — the unit's home, or the site where it draws
 * prepositioned equipment — and {@code availableHour} when the equipment is ready to move there
 * ({@link org.bulwark.model.Scenario#origin}, {@link org.bulwark.model.Scenario#equipmentReadyHour}).
 *
 * @param arriveHour  closure: when the unit's last element is in place at its destination; empty when unreachable
 * @param firstArriveHour when its first element is in place; empty when unreachable
 * @param lateHours   {@code max(0, arrive − required)}; 0 when unreachable
 * @param reason      present exactly when unreachable
 * @param detail      a sentence for people: which link, node or limit stands in the way (empty when on time)
 * @param rsoiHours   reception, staging and onward movement at the destination after closure (the unit
 *                    type's; 0 for a unit already at its destination)
 * @param personnelArriveHour when the personnel land at the destination when they fly apart from the
 *                    equipment ({@link org.bulwark.model.Scenario#personnelArrivalHour}); empty when they travel with it
 */
public record Movement(UnitId unit, NodeId home, NodeId destination, double availableHour, double requiredHour,
                       int priority, double tonnes, List<Leg> legs, MovementStatus status, OptionalDouble arriveHour,
                       double lateHours, Optional<UnreachableReason> reason, String detail, OptionalDouble firstArriveHour,
                       double rsoiHours, OptionalDouble personnelArriveHour) {
    /** A movement whose personnel travel with the equipment. */
    public Movement(UnitId unit, NodeId home, NodeId destination, double availableHour, double requiredHour,
                    int priority, double tonnes, List<Leg> legs, MovementStatus status, OptionalDouble arriveHour,
                    double lateHours, Optional<UnreachableReason> reason, String detail, OptionalDouble firstArriveHour,
                    double rsoiHours) {
        this(unit, home, destination, availableHour, requiredHour, priority, tonnes, legs, status, arriveHour, lateHours,
                reason, detail, firstArriveHour, rsoiHours, OptionalDouble.empty());
    }

    /** A movement without reception, staging and onward movement time. */
    public Movement(UnitId unit, NodeId home, NodeId destination, double availableHour, double requiredHour,
                    int priority, double tonnes, List<Leg> legs, MovementStatus status, OptionalDouble arriveHour,
                    double lateHours, Optional<UnreachableReason> reason, String detail, OptionalDouble firstArriveHour) {
        this(unit, home, destination, availableHour, requiredHour, priority, tonnes, legs, status, arriveHour, lateHours,
                reason, detail, firstArriveHour, 0);
    }

    /** A movement whose first element arrives with its last (moved whole). */
    public Movement(UnitId unit, NodeId home, NodeId destination, double availableHour, double requiredHour,
                    int priority, double tonnes, List<Leg> legs, MovementStatus status, OptionalDouble arriveHour,
                    double lateHours, Optional<UnreachableReason> reason, String detail) {
        this(unit, home, destination, availableHour, requiredHour, priority, tonnes, legs, status, arriveHour, lateHours,
                reason, detail, arriveHour);
    }

    public Movement {
        Objects.requireNonNull(firstArriveHour, "firstArriveHour");
        Objects.requireNonNull(personnelArriveHour, "personnelArriveHour");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(destination, "destination");
        legs = List.copyOf(legs);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(arriveHour, "arriveHour");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        if (!(rsoiHours >= 0) || Double.isInfinite(rsoiHours)) {
            throw new IllegalArgumentException("unit " + unit + ": RSOI hours must be finite and at least 0, was " + rsoiHours);
        }
        if ((status == MovementStatus.UNREACHABLE) != reason.isPresent()) {
            throw new IllegalArgumentException("unit " + unit + ": a reason is given exactly when unreachable");
        }
        if ((status == MovementStatus.UNREACHABLE) == arriveHour.isPresent()) {
            throw new IllegalArgumentException("unit " + unit + ": an arrival is given exactly when reachable");
        }
    }

    /**
     * When the unit is in place — its equipment closed, its personnel landed when they fly apart,
     * and both through reception, staging and onward movement — which is what the campaign counts;
     * empty when unreachable. Lateness counts the equipment's closure (the required delivery hour is
     * a delivery date for cargo, as in a TPFDD; the personnel's charter is outside the plan).
     */
    public OptionalDouble inPlaceHour() {
        if (arriveHour.isEmpty()) {
            return OptionalDouble.empty();
        }
        double closed = Math.max(arriveHour.getAsDouble(), personnelArriveHour.orElse(Double.NEGATIVE_INFINITY));
        return OptionalDouble.of(closed + rsoiHours);
    }

    /** Weight of this reinforcement in the objective: 1 / priority. */
    public double weight() {
        return 1.0 / priority;
    }
}
