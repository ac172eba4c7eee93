package no.samskap.gateway.ideas.pages;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewingTest {

    private static final String SUBJECT = "b7d0a4d2-0000-0000-0000-000000000001";

    @Test
    void letsTheAuthorEditAndWithdrawOnlyUntilTheIdeaIsAnswered() {
        assertTrue(viewing(SUBJECT, "published").mayEdit());
        assertTrue(viewing(SUBJECT, "under-assessment").mayWithdraw());
        assertFalse(viewing(SUBJECT, "accepted").mayEdit());
        assertFalse(viewing(SUBJECT, "withdrawn").mayWithdraw());
    }

    @Test
    void neverTakesAnotherViewerOrAnUnknownAuthorForTheAuthor() {
        assertFalse(viewing("someone-else", "published").isAuthor());
        assertFalse(new Viewing(true, SUBJECT, Optional.of(idea(null, "published")), Optional.empty(), "", null, null)
            .isAuthor());
        assertFalse(new Viewing(true, SUBJECT, Optional.empty(), Optional.empty(), "", null, null).mayEdit());
    }

    private static Viewing viewing(String subject, String status) {
        return new Viewing(true, subject, Optional.of(idea(SUBJECT, status)), Optional.empty(), "", null, null);
    }

    private static ProposalsReading.IdeaForViewer idea(String author, String status) {
        return new ProposalsReading.IdeaForViewer("id", "1833", author, "Tittel", "Tekst", "kino", null, null, null, null,
            status, false, false, false, null);
    }
}
