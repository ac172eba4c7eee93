package no.samskap.gateway.organisations.pages;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterFormTest {

    @Test
    void acceptsRealShapedOrganisationNumbersWithSpacesAsPeopleTypeThem() {
        assertAll(
            () -> assertTrue(typed("974760673").hasValidOrganisationNumber()),
            () -> assertTrue(typed("974 760 673").hasValidOrganisationNumber()),
            () -> assertTrue(typed("983609155").hasValidOrganisationNumber()));
    }

    @Test
    void refusesAWrongCheckDigitTheWrongLengthAndLetters() {
        assertAll(
            () -> assertFalse(typed("974760674").hasValidOrganisationNumber()),
            () -> assertFalse(typed("97476067").hasValidOrganisationNumber()),
            () -> assertFalse(typed("9747606733").hasValidOrganisationNumber()),
            () -> assertFalse(typed("97476067a").hasValidOrganisationNumber()),
            () -> assertFalse(typed("").hasValidOrganisationNumber()));
    }

    @Test
    void sendsTheDigitsAloneAndLeavesOutOptionalFieldsLeftEmpty() {
        var form = RegisterForm.from(FormInput.parse("organisationNumber=974+760+673&name=+Mo+Songkor+&type=kor"
            + "&description=Vi+syng%0D%0Aog+spiller.&contactEmail=&website=https%3A%2F%2Fsongkor.test"));

        assertEquals(Map.of("organisationNumber", "974760673", "name", "Mo Songkor", "type", "kor",
            "description", "Vi syng\nog spiller.", "website", "https://songkor.test"), form.json());
    }

    private static RegisterForm typed(String organisationNumber) {
        return new RegisterForm(organisationNumber, "Mo Songkor", "kor", "Vi syng.", "", "", "", "");
    }
}
