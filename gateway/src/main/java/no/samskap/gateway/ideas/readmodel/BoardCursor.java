package no.samskap.gateway.ideas.readmodel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a board page ended, as an opaque string: the last idea's submission time and id. Keyset paging keeps
 * every page as fast as the first, however deep a visitor scrolls.
 */
record BoardCursor(Instant submittedAt, UUID id) {

    String encode() {
        var plain = submittedAt.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static BoardCursor decode(String cursor) {
        try {
            var plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            var parts = plain.split("\\|", 2);
            return new BoardCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor this board gave out");
        }
    }
}
