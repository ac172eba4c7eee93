package no.samskap.gateway.organisations.pages;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.platform.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusalTest {

    private final Texts bokmal = new Texts(Language.BOKMAL);

    @Test
    void saysAFieldsProblemInThePagesWordsAndByStatusWhereTheModuleHasThem() {
        var duplicate = new Refusal(409, "conflict", "", List.of(new Problem.InvalidField("organisationNumber", "taken")));
        var invalid = new Refusal(422, "invalid-request", "", List.of(new Problem.InvalidField("organisationNumber", "bad")));

        assertAll(
            () -> assertEquals(Optional.of("En forening med dette organisasjonsnummeret er allerede registrert i kommunen."),
                duplicate.messageFor("organisationNumber", bokmal)),
            () -> assertEquals(Optional.of("Organisasjonsnummeret må være 9 siffer med gyldig kontrollsiffer."),
                invalid.messageFor("organisationNumber", bokmal)),
            () -> assertEquals(Optional.empty(), invalid.messageFor("name", bokmal)));
    }

    @Test
    void fallsBackOnTheServicesOwnMessageEscaped() {
        var refusal = new Refusal(422, "invalid-request", "", List.of(new Problem.InvalidField("colour", "<b>red</b>")));

        assertEquals(Optional.of("&lt;b&gt;red&lt;/b&gt;"), refusal.messageFor("colour", bokmal));
    }

    @Test
    void namesTheKindOfProblemWhenNoFieldOfTheFormIsAtFault() {
        var down = new Refusal(503, "service-unavailable", "", List.of());
        var forbidden = new Refusal(403, "forbidden", "", List.of());
        var named = new Refusal(422, "invalid-request", "", List.of(new Problem.InvalidField("name", "blank")));

        assertAll(
            () -> assertTrue(down.general(bokmal, List.of("name")).orElseThrow().startsWith("Tjenesten for foreninger svarer")),
            () -> assertEquals("org.problem.forbidden", forbidden.problemKey(bokmal)),
            () -> assertEquals("org.problem.refused", new Refusal(500, "boom", "", List.of()).problemKey(bokmal)),
            () -> assertEquals(Optional.empty(), named.general(bokmal, List.of("name"))));
    }

    @Test
    void summarisesEachMessageAsALinkToItsField() {
        var summary = ErrorSummary.render(bokmal, Map.of("invitee", "Finner ingen."), Optional.empty());

        assertAll(
            () -> assertTrue(summary.contains("class=\"ds-error-summary\""), summary),
            () -> assertTrue(summary.contains("<a class=\"ds-link\" href=\"#invitee\">Finner ingen.</a>"), summary),
            () -> assertTrue(ErrorSummary.render(bokmal, Map.of(), Optional.empty()).isBlank()));
    }
}
