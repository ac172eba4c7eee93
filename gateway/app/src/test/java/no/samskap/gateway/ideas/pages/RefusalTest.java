package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.platform.json.StrictStrings;
import no.samskap.platform.problem.Problem;
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

    @Test
    void aTextTheServiceCannotKeepIsNamedBesideItsFieldInEachOfThePagesLanguages() {
        for (var message : List.of(StrictStrings.NUL, StrictStrings.LONE_SURROGATE)) {
            var refusal = new Refusal(400, "invalid-request", "reason: " + message,
                List.of(new Problem.InvalidField("reason", message)));

            assertEquals("Teksten har et tegn som ikke kan lagres (et NUL-tegn eller ugyldig Unicode). Fjern det og send"
                + " på nytt.", refusal.messageFor("reason", new Texts(Language.BOKMAL)));
            assertEquals("Teksten har eit teikn som ikkje kan lagrast (eit NUL-teikn eller ugyldig Unicode). Fjern det og"
                + " send på nytt.", refusal.messageFor("reason", new Texts(Language.NYNORSK)));
            assertEquals("The text holds a character that cannot be saved (a NUL character or invalid Unicode). Remove"
                + " it and send again.", refusal.messageFor("reason", new Texts(Language.ENGLISH)));
        }
    }
}
