package no.samskap.proposals.ideas.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClassificationTest {

    private static final Municipality RANA = new Municipality("1833");
    private static final MunicipalitySettings OFFER = new MunicipalitySettings(RANA, MunicipalitySettings.Moderation.POST,
        null, 3, List.of(ServiceArea.LIBRARY, ServiceArea.CINEMA),
        List.of(value("folkehelse", "Folkehelse"), value("frivillighet", "Frivillighet")));

    @Test
    void leftOutClassificationsMeanEveryoneFreeForAllAndNoPlace() {
        var classification = Classification.of(OFFER, "kino", null, null, null, null);

        assertEquals(List.of(), classification.strategicValues());
        assertEquals(List.of(TargetGroup.EVERYONE), classification.targetGroups());
        assertEquals(CostModel.FREE_FOR_ALL, classification.costModel());
        assertNull(classification.place());
    }

    @Test
    void keepsEveryClassificationTheMunicipalityOffers() {
        var classification = Classification.of(OFFER, "bibliotek", List.of("folkehelse"), List.of("barn", "eldre"),
            "for-noen", "  Moheia  ");

        assertEquals(ServiceArea.LIBRARY, classification.serviceArea());
        assertEquals(List.of("folkehelse"), classification.strategicValues());
        assertEquals(List.of("barn", "eldre"), classification.targetGroupCodes());
        assertEquals(CostModel.PAID_BY_SOME, classification.costModel());
        assertEquals("Moheia", classification.place());
    }

    @Test
    void refusesAServiceAreaTheMunicipalityDoesNotOffer() {
        assertEquals("serviceArea", refusedField(() -> Classification.of(OFFER, "kulturhus", null, null, null, null)));
    }

    @Test
    void refusesAStrategicValueTheMunicipalityDoesNotPursue() {
        assertEquals("strategicValues",
            refusedField(() -> Classification.of(OFFER, "kino", List.of("baerekraft"), null, null, null)));
    }

    @Test
    void refusesAnyStrategicValueWhereTheMunicipalityConfiguredNone() {
        var defaults = MunicipalitySettings.defaultsFor(RANA);
        assertEquals("strategicValues",
            refusedField(() -> Classification.of(defaults, "kino", List.of("folkehelse"), null, null, null)));
    }

    @Test
    void refusesAnUnknownOrMissingTargetGroup() {
        assertEquals("targetGroups", refusedField(() -> Classification.of(OFFER, "kino", null, List.of("pensjonister"),
            null, null)));
        assertEquals("targetGroups", refusedField(() -> Classification.of(OFFER, "kino", null, List.of(), null, null)));
    }

    @Test
    void refusesAnUnknownCostModel() {
        assertEquals("costModel", refusedField(() -> Classification.of(OFFER, "kino", null, null, "gratis", null)));
    }

    @Test
    void refusesAPlaceThatIsBlankOrLongerThanOneHundredAndTwentyCharacters() {
        assertEquals("place", refusedField(() -> Classification.of(OFFER, "kino", null, null, null, "  ")));
        assertEquals("place", refusedField(() -> Classification.of(OFFER, "kino", null, null, null, "x".repeat(121))));
    }

    @Test
    void aRevisionKeepsWhatIsLeftOutEvenWhenTheOfferNarrowedSince() {
        var original = Classification.of(MunicipalitySettings.defaultsFor(RANA), "kulturhus", null, null, null, "Mo");

        var revised = original.revisedWith(OFFER, null, null, List.of("ungdom"), null, null);

        assertEquals(ServiceArea.CULTURE_HOUSE, revised.serviceArea());
        assertEquals(List.of("ungdom"), revised.targetGroupCodes());
        assertEquals("Mo", revised.place());
        assertEquals("serviceArea", refusedField(() -> original.revisedWith(OFFER, "annet", null, null, null, null)));
    }

    @Test
    void aRevisionMayKeepAServiceAreaOrStrategicValueTheOfferDroppedSinceButNotAddOne() {
        var wider = new MunicipalitySettings(RANA, MunicipalitySettings.Moderation.POST, null, 3,
            List.of(ServiceArea.LIBRARY, ServiceArea.CINEMA, ServiceArea.CULTURE_HOUSE),
            List.of(value("folkehelse", "Folkehelse"), value("baerekraft", "Bærekraft")));
        var original = Classification.of(wider, "kulturhus", List.of("folkehelse", "baerekraft"), null, null, null);

        var revised = original.revisedWith(OFFER, "kulturhus", List.of("baerekraft", "frivillighet"), null, null, null);

        assertEquals(ServiceArea.CULTURE_HOUSE, revised.serviceArea());
        assertEquals(List.of("baerekraft", "frivillighet"), revised.strategicValues());
        assertEquals("strategicValues", refusedField(() -> Classification.of(OFFER, "kino", List.of("folkehelse"), null,
            null, null).revisedWith(OFFER, null, List.of("baerekraft"), null, null, null)));
    }

        @Test
    void settingsRefuseAStrategicValueCodeWithCapitalsOrSpaces() {
        assertEquals("strategicValues", refusedField(() -> value("Folke helse", "Folkehelse")));
        assertEquals("strategicValues", refusedField(() -> value("x".repeat(41), "Lang")));
        assertEquals("strategicValues.names.nb", refusedField(() -> value("kort", "n".repeat(81))));
    }

    @Test
    void settingsRefuseMoreThanTwentyStrategicValues() {
        var values = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> value("v" + i, "V" + i))
            .toList();
        assertEquals("strategicValues", refusedField(() -> new MunicipalitySettings(RANA,
            MunicipalitySettings.Moderation.POST, null, 3, null, values)));
    }

    @Test
    void settingsRefuseAStrategicValueCodeTwice() {
        var twice = List.of(value("folkehelse", "Folkehelse"), value("folkehelse", "Helse"));
        assertEquals("strategicValues", refusedField(() -> new MunicipalitySettings(RANA,
            MunicipalitySettings.Moderation.POST, null, 3, null, twice)));
    }

    @Test
    void settingsRefuseAnEmptyListOfServiceAreas() {
        assertEquals("serviceAreas", refusedField(() -> new MunicipalitySettings(RANA,
            MunicipalitySettings.Moderation.POST, null, 3, List.of(), List.of())));
        assertEquals("serviceAreas", refusedField(() -> MunicipalitySettings.serviceAreasOf(List.of("svommehall"))));
    }

    private static String refusedField(org.junit.jupiter.api.function.Executable attempt) {
        return assertThrows(InvalidIdeaException.class, attempt).field();
    }

    private static StrategicValue value(String code, String name) {
        return new StrategicValue(code, new ChoiceNames(name, name, name));
    }
}
