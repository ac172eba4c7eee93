package no.samskap.proposals.ideas.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PopulationTest {

    private static final Municipality RANA = new Municipality("1833");

    @Test
    void ranaWithAbout26000ResidentsNeedsTheThreeHundredThatAlwaysSuffice() {
        assertEquals(300, new Population(RANA, 26_000).petitionThreshold());
    }

    @Test
    void ullensvangWithAbout11000ResidentsNeedsTwoPercent() {
        assertEquals(220, new Population(new Municipality("4618"), 11_000).petitionThreshold());
    }

    @Test
    void twoPercentIsRoundedUpSoTheThresholdIsNeverBelowTwoPercent() {
        assertEquals(21, new Population(RANA, 1_001).petitionThreshold());
        assertEquals(1, new Population(RANA, 1).petitionThreshold());
        assertEquals(300, new Population(RANA, 15_000).petitionThreshold());
        assertEquals(299, new Population(RANA, 14_950).petitionThreshold());
    }

    @Test
    void aMunicipalityWithoutResidentsOrWithMoreThanTwoMillionIsRefused() {
        assertEquals("residents", assertThrows(InvalidIdeaException.class, () -> new Population(RANA, 0)).field());
        assertEquals("residents", assertThrows(InvalidIdeaException.class,
            () -> new Population(RANA, Population.RESIDENTS_MAX + 1)).field());
    }
}
