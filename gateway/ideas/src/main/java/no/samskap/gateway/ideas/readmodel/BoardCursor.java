package no.samskap.gateway.ideas.readmodel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a board page ended, as an opaque string: the list it belongs to, and the last idea's sort key and id. Keyset
 * paging keeps every page as fast as the first, however deep a visitor scrolls; naming the list lets the board refuse
 * a cursor that would mean nothing in another order or search. A relevance key is the rank and where the ranked
 * candidates began ({@link RankInWindow}), so that every page ranks the same candidates.
 */
record BoardCursor(BoardSort sort, String listId, String key, UUID id) {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final String NOT_OURS = "not a cursor this board gave out";
    private static final String OTHER_LIST =
        "belongs to another search, filter or sort; start again from the first page without after";

    /** A relevance page's key: the last idea's rank, and the newest candidate's submission time and id. */
    record RankInWindow(float rank, OffsetDateTime windowAt, UUID windowId) {
        @Override
        public String toString() {
            return rank + "/" + windowAt.toInstant() + "/" + windowId;
        }
    }

    static BoardCursor after(BoardQuery query, Object sortKey, UUID id) {
        var key = sortKey instanceof OffsetDateTime time ? time.toInstant().toString() : sortKey.toString();
        return new BoardCursor(query.sort(), query.listId(), key, id);
    }

    String encode() {
        var plain = String.join("|", sort.wireName(), listId, key, id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static BoardCursor decode(String cursor, BoardQuery query) {
        BoardCursor decoded;
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4) {
                throw new IllegalArgumentException(cursor);
            }
            var sort = BoardSort.named(parts[0]).orElseThrow();
            decoded = new BoardCursor(sort, parts[1], checkedKey(sort, parts[2]), UUID.fromString(parts[3]));
        } catch (RuntimeException e) {
            throw new InvalidQueryValueException("after", NOT_OURS);
        }
        if (decoded.sort != query.sort() || !decoded.listId.equals(query.listId())) {
            throw new InvalidQueryValueException("after", OTHER_LIST);
        }
        return decoded;
    }

    long keyAsLong() {
        return Long.parseLong(key);
    }

    String rank() {
        return key.split("/")[0];
    }

    String windowAt() {
        return key.split("/")[1];
    }

    UUID windowId() {
        return UUID.fromString(key.split("/")[2]);
    }

    /**
     * Written back the way Java prints it, which PostgreSQL reads, whatever spelling Java accepted; values PostgreSQL
     * would refuse to read are refused here rather than there.
     */
    private static String checkedKey(BoardSort sort, String key) {
        return switch (sort) {
            case NEWEST -> checkedInstant(key);
            case MOST_SUPPORTED, MOST_DISCUSSED -> Integer.toString(Integer.parseInt(key));
            case RANDOM -> Long.toString(Long.parseLong(key));
            case RELEVANCE -> {
                var parts = key.split("/", -1);
                if (parts.length != 3) {
                    throw new IllegalArgumentException(key);
                }
                var rank = Float.parseFloat(parts[0]);
                if (!Float.isFinite(rank) || rank != 0 && Math.abs(rank) < Float.MIN_NORMAL) {
                    throw new IllegalArgumentException(key);
                }
                yield rank + "/" + checkedInstant(parts[1]) + "/" + UUID.fromString(parts[2]);
            }
        };
    }

    private static String checkedInstant(String text) {
        var at = Instant.parse(text);
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException(text);
        }
        return at.toString();
    }
}
