package org.bulwark.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.ParameterValue;
import org.junit.jupiter.api.Test;

class CampaignParametersTest {
    private final Map<CampaignParameter, ParameterValue> defaults = ReferenceData.bundled().campaignParameters();

    @Test
    void everyParameterHasADefaultWithinItsLegalRangeAndASource() {
        assertThat(defaults.keySet()).containsExactlyInAnyOrder(CampaignParameter.values());
        defaults.forEach((parameter, value) -> {
            assertThat(value.value()).as(parameter.id()).isBetween(parameter.min(), parameter.max());
            assertThat(value.source().reference()).as(parameter.id()).isNotBlank().isNotEqualTo(
                    org.bulwark.model.Source.UNSTATED);
        });
    }

    @Test
    void theDatasetIsInTheManifestWithOneRowPerParameter() {
        Dataset dataset = ReferenceData.bundled().dataset("campaign_parameters").orElseThrow();
        assertThat(dataset.file()).isEqualTo("campaign-parameters.csv");
        assertThat(dataset.rows()).isEqualTo(CampaignParameter.values().length);
    }

    @Test
    void holdIsBelowBreakthroughSoTheAdvanceRampIsDefined() {
        assertThat(defaults.get(CampaignParameter.HOLD_RATIO).value())
                .isLessThan(defaults.get(CampaignParameter.BREAKTHROUGH_RATIO).value());
    }
}
