package no.samskap.gateway.shell.paging;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageCursorTest {

    @Test
    void givesBackTheKeysItWasMadeOfWhateverTheyHoldAndIsSafeInAnAddress() {
        var keys = List.of("kor | mo & æsj%20", "0f8fad5b-d9cb-469f-a165-70867728950e");

        var cursor = new PageCursor("associations", keys).encode();

        assertAll(
            () -> assertEquals(Optional.of(keys), PageCursor.keysOf(cursor, "associations", 2)),
            () -> assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor));
    }

    @Test
    void refusesAnotherListsCursorOneWithOtherKeysAndOneNobodyGaveOut() {
        var calendars = new PageCursor("calendar", List.of("2027-03-01T10:00:00Z", "x")).encode();

        assertAll(
            () -> assertEquals(Optional.empty(), PageCursor.keysOf(calendars, "associations", 2)),
            () -> assertEquals(Optional.empty(), PageCursor.keysOf(calendars, "calendar", 3)),
            () -> assertEquals(Optional.empty(), PageCursor.keysOf("ø", "calendar", 2)),
            () -> assertEquals(Optional.empty(), PageCursor.keysOf("", "calendar", 2)));
    }

    @Test
    void readsATimeKeyOnlyWhenPostgresqlCouldReadItBack() {
        assertAll(
            () -> assertEquals("2027-03-01T10:00:00.123456Z",
                PageCursor.instant("2027-03-01T10:00:00.123456Z").toString()),
            () -> assertThrows(IllegalArgumentException.class, () -> PageCursor.instant("i morgen")),
            () -> assertThrows(IllegalArgumentException.class, () -> PageCursor.instant("+10000-01-01T00:00:00Z")));
    }
}
