package org.bulwark.reference;

import java.util.Objects;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.NationCode;
import org.bulwark.model.NodeId;
import org.bulwark.model.NodeKind;
import org.bulwark.model.Source;

/**
 * One row of {@code geography.csv}: a place that can become a network node.
 *
 * @param source estimate when the notes mark the coordinates approximate ({@link #APPROXIMATE_MARKER});
 *               the file has no estimate column
 */
public record Place(NodeId id, String name, NationCode nation, NodeKind kind, GeoPoint location, String notes, Source source) {

    /** How {@code geography.csv} marks coordinates from general knowledge. */
    public static final String APPROXIMATE_MARKER = "COORDS APPROXIMATE";

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(source, "source");
    }
}
