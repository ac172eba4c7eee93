package no.samskap.gateway.ideas.readmodel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoardQueryTest {

    @Test
    void sortsByRelevanceWhenWordsAreGivenAndByNewestOtherwise() {
        assertEquals(BoardSort.RELEVANCE, query("konsert", null, null).sort());
        assertEquals(BoardSort.NEWEST, query(null, null, null).sort());
        assertEquals(BoardSort.NEWEST, query("   ", null, null).sort());
    }

    @Test
    void takesABlankSearchBoxForNoSearch() {
        assertEquals(Optional.empty(), query(" \t ", null, null).words());
        assertEquals(Optional.of("konsert i parken"), query("  konsert i parken ", null, null).words());
    }

    @Test
    void acceptsCodesRepeatedOrSeparatedByCommas() {
        var query = BoardQuery.of("1833", null, List.of("kino,bibliotek", " kino "), List.of("accepted"), null, null, 20,
            null);

        assertEquals(List.of("bibliotek", "kino"), query.serviceAreas());
        assertEquals(List.of("accepted"), query.statuses());
    }

    @Test
    void refusesRelevanceWithoutWords() {
        assertEquals("sort", refusal(() -> query(null, "relevance", null)).field());
    }

    @Test
    void refusesRandomWithoutASeed() {
        assertEquals("seed", refusal(() -> query(null, "random", null)).field());
    }

    @Test
    void refusesAnUnknownSortServiceAreaOrStatus() {
        assertEquals("sort", refusal(() -> query(null, "oldest", null)).field());
        assertEquals("serviceArea", refusal(() -> BoardQuery.of("1833", null, List.of("teater"), null, null, null, 20,
            null)).field());
        assertEquals("status", refusal(() -> BoardQuery.of("1833", null, null, List.of("rejected"), null, null, 20,
            null)).field());
    }

    @Test
    void countsTheLimitOnWordsInCharactersAsPeopleSeeThem() {
        query("🎸".repeat(200), null, null);
        assertEquals("q", refusal(() -> query("🎸".repeat(201), null, null)).field());
    }

    @Test
    void refusesControlCharactersInWords() {
        assertEquals("q", refusal(() -> query("konsert\u0000", null, null)).field());
    }

    @Test
    void namesDifferentListsDifferently() {
        var newest = query(null, null, null).listId();

        assertEquals(newest, query(null, "newest", null).listId());
        assertNotEquals(newest, query(null, "most-supported", null).listId());
        assertNotEquals(newest, query("konsert", "newest", null).listId());
        assertNotEquals(query(null, "random", 1L).listId(), query(null, "random", 2L).listId());
        assertNotEquals(newest, BoardQuery.of("1833", null, List.of("kino"), null, null, null, 20, null).listId());
        assertNotEquals(newest, BoardQuery.of("4618", null, null, null, null, null, 20, null).listId());
    }

    @Test
    void ignoresASeedForSortsThatAreNotRandom() {
        assertEquals(query(null, "newest", null).listId(), query(null, "newest", 99L).listId());
    }

    @Test
    void startsTheShuffleWithinTheRangeOfTheShuffleKey() {
        for (long seed = -1000; seed <= 1000; seed++) {
            var start = query(null, "random", seed).shuffleStart();
            assertEquals(0, start >>> 60, () -> "start " + start);
        }
    }

    private static BoardQuery query(String words, String sort, Long seed) {
        return BoardQuery.of("1833", words, null, null, sort, seed, 20, null);
    }

    private static InvalidQueryValueException refusal(Runnable making) {
        return assertThrows(InvalidQueryValueException.class, making::run);
    }
}
