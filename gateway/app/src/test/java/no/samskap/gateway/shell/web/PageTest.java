package no.samskap.gateway.shell.web;

import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.PageDetails.Breadcrumb;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The frame as a page renders it outside a request: no navigation, no one signed in. */
class PageTest {

    private final Texts bokmal = new Texts(Language.BOKMAL);

    @Test
    void aPageThatSaysNothingAboutItselfGetsTheSitesDescriptionAndTheStandardTheme() {
        var html = Page.render(bokmal, "Tittel", "<h1>Overskrift</h1>", "/");

        assertAll(
            () -> assertTrue(html.contains("<meta name=\"description\" content=\"" + bokmal.text("page.description") + "\">"), html),
            () -> assertTrue(html.contains(Assets.bundled().url("theme-standard.css")), html),
            () -> assertTrue(html.contains("<main id=\"main\" tabindex=\"-1\">"), html),
            () -> assertTrue(html.contains("id=\"sign-in\""), html),
            () -> assertFalse(html.contains("ds-breadcrumbs"), html));
    }

    @Test
    void breadcrumbsLeadToThePageWhichIsMarkedAsTheCurrentOne() {
        var html = Page.render(bokmal, "Tittel", "<h1>Overskrift</h1>", "/om",
            PageDetails.NONE.withBreadcrumbs(Breadcrumb.to("/", "Samskap"), Breadcrumb.here("Om &lt;oss&gt;")));

        assertAll(
            () -> assertTrue(html.contains("<nav class=\"ds-breadcrumbs\" aria-label=\"Du er her\">"), html),
            () -> assertTrue(html.contains("<li><a class=\"ds-link\" href=\"/\">Samskap</a></li>"), html),
            () -> assertTrue(html.contains("<li><span aria-current=\"page\">Om &lt;oss&gt;</span></li>"), html));
    }

    @Test
    void aPageUnderAMunicipalityWearsItsThemeAndAPageMayNameItsOwn() {
        var board = Page.render(bokmal, "Tittel", "<h1>Ideer</h1>", "/kommuner/4618/ideer?sort=new");
        var inbox = Page.render(bokmal, "Tittel", "<h1>Innboks</h1>", "/stab/innboks",
            PageDetails.NONE.inMunicipality("1833").describedAs("Innboksen"));

        assertAll(
            () -> assertTrue(board.contains(Assets.bundled().url("theme-kommune-4618.css")), board),
            () -> assertTrue(inbox.contains(Assets.bundled().url("theme-kommune-1833.css")), inbox),
            () -> assertTrue(inbox.contains("<meta name=\"description\" content=\"Innboksen\">"), inbox));
    }

    @Test
    void findsTheMunicipalityOnlyInAMunicipalitysOwnAddresses() {
        assertAll(
            () -> assertEquals(Optional.of("1833"), Page.municipalityInPath("/kommuner/1833/ideer")),
            () -> assertEquals(Optional.of("1833"), Page.municipalityInPath("/kommuner/1833")),
            () -> assertEquals(Optional.empty(), Page.municipalityInPath("/kommuner/18334/ideer")),
            () -> assertEquals(Optional.empty(), Page.municipalityInPath("/ideer/1833")));
    }

    @Test
    void languageLinksKeepThePagesQueryAndEscapeIt() {
        var html = Page.render(bokmal, "Tittel", "<h1>Søk</h1>", "/kommuner/1833/ideer?q=\"<b>\"");

        assertTrue(html.contains("href=\"/kommuner/1833/ideer?q=&#34;&lt;b>&#34;&amp;lang=en\""), html);
        assertFalse(html.contains("<b>"), html);
    }
}
