package org.bulwark.deploy;

/** What a leg is: a movement over a link, a load/unload at a node, or a gauge transshipment. */
public enum LegKind {
    /** Over a link, on the link's mode. */
    MOVE,
    /** Loading or unloading at a node (home, destination, mode change): uses the node's handling capacity. */
    TRANSFER,
    /** Transshipment between 1435 mm and 1520 mm trains at a gauge break. */
    TRANSSHIP;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
