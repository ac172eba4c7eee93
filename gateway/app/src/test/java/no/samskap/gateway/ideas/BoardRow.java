package no.samskap.gateway.ideas;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of the idea board written straight into the read model, for tests about reading the board rather than
 * about the messages that fill it. The id follows from municipality and title, so orders built from ids, such as
 * the random sort, are the same in every run.
 */
record BoardRow(UUID id, String municipality, String title, String body, String serviceArea, String status,
                Instant submittedAt, int supportCount, boolean published) {

    static BoardRow published(String municipality, String title) {
        return new BoardRow(UUID.nameUUIDFromBytes((municipality + "/" + title).getBytes(StandardCharsets.UTF_8)),
            municipality, title, "Beskrivelse", "annet", "published", Instant.parse("2026-10-01T12:00:00Z"), 0, true);
    }

    BoardRow body(String text) {
        return new BoardRow(id, municipality, title, text, serviceArea, status, submittedAt, supportCount, published);
    }

    BoardRow serviceArea(String code) {
        return new BoardRow(id, municipality, title, body, code, status, submittedAt, supportCount, published);
    }

    BoardRow status(String code) {
        return new BoardRow(id, municipality, title, body, serviceArea, code, submittedAt, supportCount, published);
    }

    BoardRow submittedAt(String instant) {
        return new BoardRow(id, municipality, title, body, serviceArea, status, Instant.parse(instant), supportCount,
            published);
    }

    BoardRow supports(int count) {
        return new BoardRow(id, municipality, title, body, serviceArea, status, submittedAt, count, published);
    }

    /** Waiting for a moderator: in the read model, but on no board. */
    BoardRow held() {
        return new BoardRow(id, municipality, title, body, serviceArea, "submitted", submittedAt, supportCount, false);
    }
}
