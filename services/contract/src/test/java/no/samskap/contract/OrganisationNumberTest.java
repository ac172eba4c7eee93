package no.samskap.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationNumberTest {

    // Published numbers of public bodies, Brønnøysundregistrene (974760673) and Digdir (991825827) among them.
    @ParameterizedTest
    @ValueSource(strings = {"974760673", "991825827", "872418032", "920608833"})
    void realOrganisationNumbersAreValid(String number) {
        assertTrue(OrganisationNumber.isValid(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"974760674", "974760670", "991825828", "123456789", "97476067", "9747606731",
        "97476067a", "", " 974760673"})
    void aWrongCheckDigitOrShapeIsInvalid(String number) {
        assertFalse(OrganisationNumber.isValid(number), number);
    }

    @Test
    void aNullIsInvalid() {
        assertFalse(OrganisationNumber.isValid(null));
    }

    @Test
    void eightDigitsWhoseRemainderIsOneHaveNoCheckDigit() {
        // 3*1 + 2*0 + 7*0 + ... = 3, 3 % 11 = 3 -> 8; 10000004: 3 + 2*4 = 11 -> 0; 40000000: 12 % 11 = 1 -> none
        assertEquals(Optional.of(8), OrganisationNumber.checkDigitOf("10000000"));
        assertEquals(Optional.of(0), OrganisationNumber.checkDigitOf("10000004"));
        assertEquals(Optional.empty(), OrganisationNumber.checkDigitOf("40000000"));
        for (var last = '0'; last <= '9'; last++) {
            assertFalse(OrganisationNumber.isValid("40000000" + last));
        }
    }

    @Test
    void spacesPeopleTypeAreIgnoredWhenParsing() {
        assertEquals(Optional.of(new OrganisationNumber("974760673")), OrganisationNumber.parse("974 760 673"));
        assertEquals(Optional.empty(), OrganisationNumber.parse("974 760 674"));
    }

    @Test
    void anInvalidNumberCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new OrganisationNumber("974760674"));
    }
}
