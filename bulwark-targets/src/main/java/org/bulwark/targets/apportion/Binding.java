package org.bulwark.targets.apportion;

/**
 * What decided a target, compared with the nation's <em>fair rounding</em>: its Webster
 * (Sainte-Laguë) apportionment of the type's requirement when no bound applies.
 */
public enum Binding {
    /** The target is the fair rounding of the quota; no bound moved it. */
    FAIR_SHARE,
    /** Below the fair rounding because the target is at its cap (a multiple of the inventory). */
    CAP,
    /** Above the fair rounding because of a minimum contribution (of the type or of the nation's total). */
    MINIMUM,
    /** Above the fair rounding because of the host-nation support the nation provides in place. */
    HOST_NATION_SUPPORT,
    /** The nation's share is 0: it is asked for what its lower bound forces and no more. */
    NO_SHARE,
    /** Above the fair rounding, taking units that capped nations cannot provide. */
    ABSORBED,
    /** Below the fair rounding without being capped: other nations' minimums or host-nation support cover those units. */
    DISPLACED
}
