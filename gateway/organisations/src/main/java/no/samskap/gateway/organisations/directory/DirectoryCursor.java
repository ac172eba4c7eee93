package no.samskap.gateway.organisations.directory;

import no.samskap.gateway.shell.paging.PageCursor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where a page of the directory ended: the last association's name as it sorts (in lower case) and its id. */
public record DirectoryCursor(String sortName, UUID id) {

    private static final String LIST = "associations";

    public String encode() {
        return new PageCursor(LIST, List.of(sortName, id.toString())).encode();
    }

    /** The cursor the directory gave out; empty for anything else. */
    public static Optional<DirectoryCursor> decode(String cursor) {
        return PageCursor.keysOf(cursor, LIST, 2).flatMap(keys -> {
            try {
                return Optional.of(new DirectoryCursor(keys.get(0), UUID.fromString(keys.get(1))));
            } catch (IllegalArgumentException notOurs) {
                return Optional.empty();
            }
        });
    }
}
