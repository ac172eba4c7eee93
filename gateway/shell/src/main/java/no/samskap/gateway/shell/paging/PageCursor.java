package no.samskap.gateway.shell.paging;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a page of a list ended, as an opaque string: the list's name and the last row's sort keys. The next page is
 * read after those keys (keyset paging), so it costs what the first does however deep a reader goes. Naming the list
 * lets a list refuse another's cursor; the keys come back as text, for the list to read as their types before any
 * reaches a statement.
 */
public record PageCursor(String list, List<String> keys) {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public String encode() {
        var plain = Stream.concat(Stream.of(list), keys.stream())
            .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8)).collect(Collectors.joining("|"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code count} keys of a cursor {@code list} gave out; empty for anything else. */
    public static Optional<List<String>> keysOf(String cursor, String list, int count) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
                .split("\\|", -1);
            if (parts.length != count + 1 || !decoded(parts[0]).equals(list)) {
                return Optional.empty();
            }
            return Optional.of(Arrays.stream(parts).skip(1).map(PageCursor::decoded).toList());
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** A time key; an {@link IllegalArgumentException} for one not written as Java writes it or out of PostgreSQL's range. */
    public static Instant instant(String text) {
        Instant at;
        try {
            at = Instant.parse(text);
        } catch (RuntimeException notATime) {
            throw new IllegalArgumentException(text, notATime);
        }
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException(text);
        }
        return at;
    }

    private static String decoded(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
