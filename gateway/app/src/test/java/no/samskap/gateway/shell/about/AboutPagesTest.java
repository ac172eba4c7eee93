package no.samskap.gateway.shell.about;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AboutPagesTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void theAccessibilityStatementNamesTheStandardTheGapsWhereToReportAndComplainAndItsDate(Language language) {
        var page = AccessibilityStatement.PAGE.render(new Texts(language));

        assertTrue(page.contains("<html lang=\"" + language.tag() + "\">"), page);
        assertTrue(page.contains("WCAG 2.1") && (page.contains("A og AA") || page.contains("A and AA")), page);
        assertTrue(page.contains("<section aria-labelledby=\"a11y-gaps\">"), page);
        assertTrue(page.contains("postmottak@rana.kommune.no") && page.contains("postmottak@ullensvang.kommune.no"), page);
        assertTrue(page.contains("href=\"https://www.uutilsynet.no/\"")
            && page.contains("href=\"https://www.diskrimineringsnemnda.no/\""), page);
        assertTrue(page.contains("<time datetime=\"2026-11-28\">"), page);
        assertHeadingsInOrder(page);
    }

    @Test
    void theStatementsDateIsWrittenAsEachLanguageWritesDates() {
        assertTrue(AccessibilityStatement.PAGE.render(new Texts(Language.BOKMAL))
            .contains("Erklæringen ble skrevet <time datetime=\"2026-11-28\">28. november 2026</time>."));
        assertTrue(AccessibilityStatement.PAGE.render(new Texts(Language.NYNORSK))
            .contains("Erklæringa vart skriven <time datetime=\"2026-11-28\">28. november 2026</time>."));
        assertTrue(AccessibilityStatement.PAGE.render(new Texts(Language.ENGLISH))
            .contains("This statement was written on <time datetime=\"2026-11-28\">November 28, 2026</time>."));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePrivacyStatementSaysWhatIsKeptWhyHowLongAndThatAuthorsAreNeverShown(Language language) {
        var page = PrivacyStatement.PAGE.render(new Texts(language));

        assertTrue(page.contains("<html lang=\"" + language.tag() + "\">"), page);
        assertTrue(page.contains("Keycloak") && (page.contains("ID-token") || page.contains("ID token")), page);
        assertTrue(page.contains("CSRF"), page);
        assertTrue(page.contains("6 nr. 1 bokstav e") || page.contains("6(1)(e)"), page);
        assertTrue(page.contains("<section aria-labelledby=\"privacy-public\">"), page);
        assertTrue(page.contains("href=\"https://www.datatilsynet.no/\""), page);
        assertHeadingsInOrder(page);
    }

    @Test
    void thePublicPartSaysInEveryLanguageThatNoAuthorOrSupporterIsShown() {
        assertTrue(PrivacyStatement.PAGE.render(new Texts(Language.BOKMAL))
            .contains("viser aldri hvem som skrev eller støttet en idé"));
        assertTrue(PrivacyStatement.PAGE.render(new Texts(Language.NYNORSK))
            .contains("viser aldri kven som skreiv eller støtta ein idé"));
        assertTrue(PrivacyStatement.PAGE.render(new Texts(Language.ENGLISH))
            .contains("never show who wrote or supported an idea"));
    }

    /** One h1, and no heading more than one level below the one before it. */
    private static void assertHeadingsInOrder(String page) {
        var levels = Pattern.compile("<h([1-6])[ >]").matcher(page).results()
            .map(match -> Integer.parseInt(match.group(1))).toList();
        assertEquals(1, levels.stream().filter(level -> level == 1).count(), page);
        assertEquals(1, levels.get(0));
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "heading levels " + levels);
        }
    }
}
