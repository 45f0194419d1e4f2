package org.bulwark.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bulwark.model.LiftIncrements;
import org.bulwark.model.Mode;
import org.bulwark.model.MovementTimes;
import org.junit.jupiter.api.Test;

/** The planner's built-in lift elements are the reference table's default rows. */
class LiftReferenceTest {
    @Test
    void theDefaultElementOfEveryModeIsTheOneTheModelUses() {
        List<ReferenceData.LiftElementRow> rows = ReferenceData.bundled().liftElements();
        for (Mode mode : Mode.values()) {
            List<ReferenceData.LiftElementRow> defaults = rows.stream()
                    .filter(r -> r.element().mode() == mode && r.preferred()).toList();
            assertThat(defaults).as("default rows for %s", mode).hasSize(1);
            assertThat(LiftIncrements.DEFAULT.tonnes(mode)).as(mode.label())
                    .isEqualTo(defaults.get(0).element().tonnes());
            assertThat(LiftIncrements.DEFAULT.maxItemTonnes(mode)).as(mode.label())
                    .isEqualTo(defaults.get(0).element().maxItemTonnes());
        }
    }

    @Test
    void theModelsDefaultMovementTimesAreTheReferenceTables() {
        assertThat(ReferenceData.bundled().movementTimes()).isEqualTo(MovementTimes.DEFAULT);
        assertThat(ReferenceData.bundled().movementFactors()).allSatisfy(f -> {
            assertThat(f.source().reference()).as(f.mode() + " " + f.factor()).isNotBlank();
            assertThat(f.basis()).isNotBlank();
        });
    }

    @Test
    void everyUnitCategoryHasItsRsoiHoursFromTheReferenceTable() {
        List<ReferenceData.RsoiRow> rows = ReferenceData.bundled().rsoiHours();
        assertThat(rows).extracting(ReferenceData.RsoiRow::category)
                .containsExactlyInAnyOrder(org.bulwark.model.UnitCategory.values());
        assertThat(rows).allSatisfy(r -> assertThat(r.category().defaultRsoiHours()).as(r.category().name()).isEqualTo(r.hours()));
    }

    @Test
    void everyAssetHasASourceAndSensibleFigures() {
        assertThat(ReferenceData.bundled().liftAssets()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.source().reference()).isNotBlank();
            assertThat(Double.isNaN(a.payloadTonnes()) || a.payloadTonnes() > 0).as(a.asset()).isTrue();
        });
    }
}
