package org.bulwark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CampaignModelTest {

    @Test
    void impossibleDistributionsAreRejected() {
        assertThatThrownBy(() -> new Distribution.Uniform(5, 5)).hasMessageContaining("min < max");
        assertThatThrownBy(() -> new Distribution.Triangular(0, 12, 10)).hasMessageContaining("min <= mode <= max");
        assertThatThrownBy(() -> new Distribution.Normal(1, 0)).hasMessageContaining("sd > 0");
        assertThatThrownBy(() -> new Distribution.LogNormal(-1, 0.2)).hasMessageContaining("median > 0");
        assertThat(new Distribution.Triangular(48, 168, 336).highest()).isEqualTo(336);
    }

    @Test
    void anUncertaintyMustStayWithinItsInputsLegalRange() {
        assertThatThrownBy(() -> new Uncertainty(CampaignParameter.DEFENDER_BREAK_FRACTION,
                new Distribution.Uniform(0.5, 1.5), Source.NONE))
                .hasMessageContaining("defender_break_fraction must stay within [0.0, 1.0]");
        assertThatThrownBy(() -> new Uncertainty(ScenarioInput.WARNING_HOURS, new Distribution.Normal(100, 50),
                Source.NONE)).hasMessageContaining("warning_hours");
        Uncertainty ok = new Uncertainty(ScenarioInput.WARNING_HOURS, new Distribution.Normal(100, 50, 0, 400),
                Source.NONE);
        Campaign campaign = new Campaign(30, 1, TerrainClass.MIXED, List.of(), Map.of(), List.of(ok), Source.NONE);
        assertThat(campaign.uncertainty(ScenarioInput.WARNING_HOURS)).contains(ok);
        assertThat(campaign.uncertainty(ScenarioInput.ARRIVAL_DELAY_HOURS)).isEmpty();
    }

    @Test
    void inputIdsAreUniqueAndEveryTerrainHasItsMultipliers() {
        List<String> ids = Stream.concat(Arrays.stream(CampaignParameter.values()), Arrays.stream(ScenarioInput.values()))
                .map(CampaignInput::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z_]+"));
        for (TerrainClass t : TerrainClass.values()) {
            assertThat(CampaignParameter.terrainDefence(t).id()).isEqualTo("terrain_defence_" + t.label());
            assertThat(CampaignParameter.terrainAdvance(t).id()).isEqualTo("terrain_advance_" + t.label());
        }
        assertThat(CampaignParameter.byId("hold_ratio")).contains(CampaignParameter.HOLD_RATIO);
        assertThat(CampaignParameter.byId("warning_hours")).isEmpty();
    }
}
