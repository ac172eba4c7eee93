package no.samskap.gateway.ideas.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormFieldsTest {

    @Test
    void decodesTheFieldsAndKeepsRepeatedNamesInOrder() {
        var fields = FormFields.parse("title=Konsert+i+parken&targetGroups=barn&targetGroups=ungdom&place=M%C3%B8lle");

        assertEquals("Konsert i parken", fields.one("title"));
        assertEquals(List.of("barn", "ungdom"), fields.all("targetGroups"));
        assertEquals("Mølle", fields.one("place"));
    }

    @Test
    void keepsLineBreaksAsTheBrowserSentThemButAsOneCharacter() {
        assertEquals("Første linje\nAndre linje", FormFields.parse("body=F%C3%B8rste+linje%0D%0AAndre+linje").one("body"));
    }

    @Test
    void readsAMissingOrMalformedFieldAsEmptyRatherThanFailing() {
        var fields = FormFields.parse("title=%E0%A4%A&body");

        assertEquals("", fields.one("title"));
        assertEquals("", fields.one("body"));
        assertEquals("", fields.one("place"));
        assertEquals(List.of(), fields.all("targetGroups"));
    }

    @Test
    void leavesOutBlankChoices() {
        assertEquals(List.of("alle"), FormFields.parse("targetGroups=&targetGroups=alle").all("targetGroups"));
    }
}
