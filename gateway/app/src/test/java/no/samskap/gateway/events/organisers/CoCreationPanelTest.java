package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoCreationPanelTest {

    @Test
    void eachKindOfCoCreationIsAShareOfThePeriodsEvents() {
        var html = CoCreationPanel.render(new Texts(Language.BOKMAL), new CoCreationPanel.Figures(3, 1, 2, 0));

        assertAll(
            () -> assertTrue(html.contains("<section class=\"co-creation\" aria-labelledby=\"co-creation-heading\">"),
                html),
            () -> assertTrue(html.contains("<h2 class=\"ds-heading\" data-size=\"sm\" id=\"co-creation-heading\">"
                + "Samskaping i arrangementene</h2>"), html),
            () -> assertTrue(html.contains("<p>3 publiserte arrangementer i perioden</p>"), html),
            () -> assertTrue(html.contains("<dt>Realiserer en idé fra innbyggerne</dt>\n  <dd>33 % (1 av 3)</dd>"),
                html),
            () -> assertTrue(html.contains("<dt>Har en forening som medarrangør</dt>\n  <dd>67 % (2 av 3)</dd>"),
                html),
            () -> assertTrue(html.contains("<dt>Har frivillige på vakt</dt>\n  <dd>0 % (0 av 3)</dd>"), html));
    }

    @Test
    void aPeriodWithoutEventsSaysSoAndDividesNothing() {
        var html = CoCreationPanel.render(new Texts(Language.NYNORSK), new CoCreationPanel.Figures(0, 0, 0, 0));

        assertAll(
            () -> assertTrue(html.contains("<p>Ingen arrangement er publiserte i perioden.</p>"), html),
            () -> assertFalse(html.contains("<dl>"), html),
            () -> assertFalse(html.contains("%"), html));
    }
}
