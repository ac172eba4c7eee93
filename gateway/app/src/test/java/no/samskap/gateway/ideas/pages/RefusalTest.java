package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefusalTest {

    @Test
    void aBlockedPersonIsToldInThePagesLanguageThatTheyCannotWriteHereAndNothingMore() {
        var blocked = new Refusal(403, "blocked", "You cannot write in this municipality.", List.of());

        assertEquals("Du kan ikke skrive noe i denne kommunen.", blocked.general(new Texts(Language.BOKMAL), List.of()));
        assertEquals("Du kan ikkje skrive noko i denne kommunen.", blocked.general(new Texts(Language.NYNORSK), List.of()));
        assertEquals("You cannot write in this municipality.", blocked.general(new Texts(Language.ENGLISH), List.of()));
    }
}
