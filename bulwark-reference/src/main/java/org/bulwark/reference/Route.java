package org.bulwark.reference;

import java.util.Objects;
import java.util.Optional;
import org.bulwark.model.LinkId;
import org.bulwark.model.Mode;
import org.bulwark.model.NodeId;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Source;

/**
 * One row of {@code links.csv}: a transport connection between two places.
 *
 * @param distanceKm    straight-line distance unless {@code distanceBasis} says otherwise
 * @param gauge         track gauge, present exactly on rail links
 * @param gaugePlanned  true where the file marks the gauge "(planned)": Rail Baltica north of Kaunas,
 *                      under construction and not usable as of the data
 * @param capacity      capacity evidence as published (port throughput, services); empty when none
 */
public record Route(
        LinkId id,
        NodeId from,
        NodeId to,
        Mode mode,
        double distanceKm,
        String distanceBasis,
        Optional<RailGauge> gauge,
        boolean gaugePlanned,
        String capacity,
        String notes,
        Source source) {

    public Route {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(distanceBasis, "distanceBasis");
        Objects.requireNonNull(gauge, "gauge");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(source, "source");
        if ((mode == Mode.RAIL) != gauge.isPresent()) {
            throw new IllegalArgumentException("route " + id + ": a gauge is required on rail routes and only there");
        }
    }
}
