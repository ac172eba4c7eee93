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

    @Test
    void aRefusalThePageHasNoWordsForSaysSoInThePagesLanguageAndNeverInTheServicesEnglish() {
        var unknownKind = new Refusal(409, "conflict", "Something newer happened to the idea", List.of());
        var otherField = new Refusal(400, "invalid-request", "subject: must be someone else than you",
            List.of(new Problem.InvalidField("subject", "must be someone else than you")));
        var indexed = new Refusal(400, "invalid-request", "targetGroups[0]: has the wrong type",
            List.of(new Problem.InvalidField("targetGroups[0]", "has the wrong type")));
        var bokmal = new Texts(Language.BOKMAL);
        var nynorsk = new Texts(Language.NYNORSK);

        assertEquals("Endringen ble ikke gjort.", unknownKind.general(bokmal, List.of("body")));
        assertEquals("Noko av det du sende, vart ikkje godteke. Sjå over skjemaet og prøv igjen.",
            otherField.general(nynorsk, List.of("body")));
        assertEquals("Velg minst én av målgruppene i listen.", indexed.messageFor("targetGroups", bokmal));
        assertEquals(null, indexed.general(bokmal, List.of("targetGroups")));
    }
}
