package org.bulwark.targets.spending;

/** The commitments every ally is measured against, and the nations' own pledges. */
public enum CommitmentKind {
    /** 2 % of GDP: the Wales 2014 guideline (towards 2 % within a decade) until 2023, the Vilnius 2023 floor from 2024. */
    TWO_PERCENT("2% of GDP"),
    /** 3.5 % of GDP core defence by 2035 (The Hague 2025). */
    CORE_2035("3.5% core by 2035"),
    /** 20 % of defence expenditure on major equipment incl. R&amp;D (Wales 2014). */
    EQUIPMENT("20% on equipment"),
    /** A pledge the nation made itself. */
    NATIONAL("national pledge");

    private final String label;

    CommitmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
