package no.samskap.gateway.ideas.staff;

import no.samskap.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static no.samskap.gateway.ideas.staff.SectionCursor.KeyType.DATE;
import static no.samskap.gateway.ideas.staff.SectionCursor.KeyType.ID;
import static no.samskap.gateway.ideas.staff.SectionCursor.KeyType.NUMBER;
import static no.samskap.gateway.ideas.staff.SectionCursor.KeyType.TIME;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SectionCursorTest {

    private static final String ID_KEY = "0b5f2d0c-4c1e-4d59-9a43-5b8e1f7f2a10";

    @Test
    void readsBackTheKeysItWroteForItsOwnSection() {
        var cursor = new SectionCursor("to-assess", List.of("-12", "2026-11-02T09:00:00Z", ID_KEY));

        assertEquals(cursor, SectionCursor.decode(cursor.encode(), "to-assess", List.of(NUMBER, TIME, ID), "after"));
    }

    @Test
    void refusesTheCursorOfAnotherSectionAtTheFieldItCameIn() {
        var cursor = new SectionCursor("overdue", List.of("2026-11-02", ID_KEY)).encode();

        var refused = assertThrows(ProblemException.class,
            () -> SectionCursor.decode(cursor, "due-soon", List.of(DATE, ID), "etter"));

        assertEquals("etter", refused.toProblem("/stab/innboks").errors().get(0).field());
    }

    @Test
    void refusesWhatItDidNotWriteBeforeAnyOfItReachesTheStatement() {
        assertAll(
            () -> assertRefused("not base64 ø"),
            () -> assertRefused(encoded("overdue|2026-11-02")),
            () -> assertRefused(encoded("overdue|2026-13-02|" + ID_KEY)),
            () -> assertRefused(encoded("overdue|2026-11-02|' or 1=1 --")),
            () -> assertRefused(encoded("overdue|2026-11-02|" + ID_KEY + "|extra")));
    }

    private static void assertRefused(String cursor) {
        assertThrows(ProblemException.class, () -> SectionCursor.decode(cursor, "overdue", List.of(DATE, ID), "after"));
    }

    private static String encoded(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
