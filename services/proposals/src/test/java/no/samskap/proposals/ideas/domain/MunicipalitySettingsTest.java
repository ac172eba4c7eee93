package no.samskap.proposals.ideas.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MunicipalitySettingsTest {

    private static final Municipality RANA = new Municipality("1833");

    @Test
    void aMunicipalityThatSetNothingHidesACommentAtThreeReports() {
        assertEquals(3, MunicipalitySettings.defaultsFor(RANA).reportThreshold());
    }

    @Test
    void aReportThresholdBelowOneIsRefused() {
        var refusal = assertThrows(InvalidIdeaException.class,
            () -> new MunicipalitySettings(RANA, MunicipalitySettings.Moderation.POST, null, 0));
        assertEquals("reportThreshold", refusal.field());
    }
}
