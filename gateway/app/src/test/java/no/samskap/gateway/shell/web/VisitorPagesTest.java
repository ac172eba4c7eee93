package no.samskap.gateway.shell.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VisitorPagesTest {

    private static final String TOKEN = "visitors-own-csrf-token";

    private final VisitorPages<String> pages = new VisitorPages<>(2);

    @Test
    void givesAKeptPageOnlyAtTheVersionAndWithTheRenderingItWasKeptWith() {
        pages.keep("/ideer/a", Language.BOKMAL, 7, "Rana", TOKEN, "<p>a</p>");

        assertEquals(Optional.of("<p>a</p>"), pages.kept("/ideer/a", Language.BOKMAL, 7, "Rana"::equals));
        assertEquals(Optional.empty(), pages.kept("/ideer/a", Language.BOKMAL, 8, "Rana"::equals), "a later version");
        assertEquals(Optional.empty(), pages.kept("/ideer/a", Language.BOKMAL, 7, "Mo i Rana"::equals), "renamed");
        assertEquals(Optional.empty(), pages.kept("/ideer/a", Language.ENGLISH, 7, "Rana"::equals), "in English");
    }

    @Test
    void neverKeepsAPageHoldingTheVisitorsOwnCsrfToken() {
        pages.keep("/ideer/a", Language.BOKMAL, 7, "Rana", TOKEN, "<input value=\"" + TOKEN + "\">");

        assertEquals(Optional.empty(), pages.kept("/ideer/a", Language.BOKMAL, 7, "Rana"::equals));
    }

    @Test
    void forgetsTheLeastRecentlyAskedPageBeyondItsCapacity() {
        pages.keep("/ideer/a", Language.BOKMAL, 1, "Rana", TOKEN, "a");
        pages.keep("/ideer/b", Language.BOKMAL, 1, "Rana", TOKEN, "b");
        pages.kept("/ideer/a", Language.BOKMAL, 1, "Rana"::equals);
        pages.keep("/ideer/c", Language.BOKMAL, 1, "Rana", TOKEN, "c");

        assertEquals(Optional.of("a"), pages.kept("/ideer/a", Language.BOKMAL, 1, "Rana"::equals));
        assertEquals(Optional.empty(), pages.kept("/ideer/b", Language.BOKMAL, 1, "Rana"::equals));
    }
}
