package no.samskap.gateway.ideas.readmodel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoardCursorTest {

    private static final UUID IDEA = UUID.fromString("5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11");

    @Test
    void readsBackTheKeyAndIdItWasMadeFrom() {
        var query = query("most-supported", null, null);
        var cursor = BoardCursor.after(query, 17, IDEA);

        assertEquals(cursor, BoardCursor.decode(cursor.encode(), query));
    }

    @Test
    void keepsASubmissionTimeToTheMicrosecond() {
        var query = query(null, null, null);
        var cursor = BoardCursor.after(query, OffsetDateTime.parse("2026-11-27T11:15:30.123456+01:00"), IDEA);

        assertEquals("2026-11-27T10:15:30.123456Z", BoardCursor.decode(cursor.encode(), query).key());
    }

    @Test
    void keepsARankExactlyWithWhereTheRankedCandidatesBegan() {
        var query = query("relevance", "konsert", null);
        var rank = 0.1f / 3;
        var newest = UUID.fromString("0b8a4c5e-2f7d-4a44-8f0e-5e1f6c3d2a10");

        var cursor = BoardCursor.after(query, new BoardCursor.RankInWindow(rank,
            OffsetDateTime.parse("2026-11-27T11:15:30.123456+01:00"), newest), IDEA).encode();

        var decoded = BoardCursor.decode(cursor, query);
        assertEquals(rank, Float.parseFloat(decoded.rank()));
        assertEquals("2026-11-27T10:15:30.123456Z", decoded.windowAt());
        assertEquals(newest, decoded.windowId());
    }

    @Test
    void isRefusedByAnotherSortSearchOrSeed() {
        var cursor = BoardCursor.after(query("random", null, 1L), 42L, IDEA).encode();

        assertEquals("after", refusal(cursor, query("random", null, 2L)).field());
        assertEquals("after", refusal(cursor, query(null, null, null)).field());
        assertEquals("after", refusal(BoardCursor.after(query("relevance", "konsert", null),
            new BoardCursor.RankInWindow(0.5f, OffsetDateTime.parse("2026-11-27T10:00:00Z"), IDEA), IDEA).encode(),
            query("relevance", "kino", null)).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bogus", "newest|only-three|parts",
        "newest|a|2026-01-01T00:00:00Z|5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11|five"})
    void refusesAnythingShapedUnlikeItsOwnCursors(String plain) {
        assertEquals("after", refusal(forged(plain), query(null, null, null)).field());
    }

    @ParameterizedTest
    @CsvSource({
        "newest, +10000-01-01T00:00:00Z, 5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11",
        "newest, 2026-01-01, 5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11",
        "relevance, NaN/2026-01-01T00:00:00Z/5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11, 5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11",
        "relevance, 1.0E-45/2026-01-01T00:00:00Z/5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11, 5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11",
        "relevance, 0.5, 5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11",
        "relevance, 0.5/+10000-01-01T00:00:00Z/5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11, 5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11",
        "relevance, 0.5/2026-01-01T00:00:00Z/not-a-uuid, 5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11",
        "most-supported, 1.5, 5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11",
        "most-supported, 12, not-a-uuid",
        "random, tolv, 5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11"})
    void refusesAKeyOrIdPostgresqlCouldNotRead(String sort, String key, String id) {
        var query = query(sort, "relevance".equals(sort) ? "konsert" : null, "random".equals(sort) ? 1L : null);

        assertEquals("after", refusal(forged(String.join("|", sort, query.listId(), key, id)), query).field());
    }

    @Test
    void writesAKeyBackInTheSpellingPostgresqlReads() {
        var query = query("relevance", "konsert", null);
        var plain = String.join("|", "relevance", query.listId(), "0x1p-3/2026-01-01T01:00:00+01:00/" + IDEA,
            IDEA.toString());

        assertEquals("0.125/2026-01-01T00:00:00Z/" + IDEA, BoardCursor.decode(forged(plain), query).key());
    }

    private static String forged(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static BoardQuery query(String sort, String words, Long seed) {
        return BoardQuery.of("1833", words, null, null, sort, seed, 20, null);
    }

    private static InvalidQueryValueException refusal(String cursor, BoardQuery query) {
        return assertThrows(InvalidQueryValueException.class, () -> BoardCursor.decode(cursor, query));
    }
}
