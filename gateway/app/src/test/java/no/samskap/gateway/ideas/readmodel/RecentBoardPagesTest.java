package no.samskap.gateway.ideas.readmodel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentBoardPagesTest {

    private static final BoardQuery RANA = BoardQuery.of("1833", null, null, null, null, null, 20, null);
    private static final BoardQuery ULLENSVANG = BoardQuery.of("4618", null, null, null, null, null, 20, null);
    private static final IdeaBoardPage PAGE = new IdeaBoardPage(List.of(), null);

    @Test
    void givesAKeptPageAgainOnlyAtTheVersionItWasReadAt() {
        var pages = new RecentBoardPages(2);
        pages.keep(RANA, 7, PAGE);

        assertEquals(Optional.of(PAGE), pages.at(RANA, 7));
        assertEquals(Optional.empty(), pages.at(RANA, 8));
        assertEquals(Optional.empty(), pages.at(ULLENSVANG, 7));
    }

    @Test
    void letsTheLeastRecentlyAskedPageGoWhenFull() {
        var pages = new RecentBoardPages(2);
        var mostSupported = BoardQuery.of("1833", null, null, null, "most-supported", null, 20, null);
        pages.keep(RANA, 1, PAGE);
        pages.keep(ULLENSVANG, 1, PAGE);
        pages.at(RANA, 1);
        pages.keep(mostSupported, 1, PAGE);

        assertEquals(Optional.of(PAGE), pages.at(RANA, 1));
        assertEquals(Optional.empty(), pages.at(ULLENSVANG, 1));
        assertEquals(Optional.of(PAGE), pages.at(mostSupported, 1));
    }

    @Test
    void keepsNothingWhenToldToKeepNoPage() {
        var pages = new RecentBoardPages(0);
        pages.keep(RANA, 1, PAGE);

        assertEquals(Optional.empty(), pages.at(RANA, 1));
    }
}
