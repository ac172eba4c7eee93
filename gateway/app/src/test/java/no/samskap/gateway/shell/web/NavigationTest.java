package no.samskap.gateway.shell.web;

import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NavigationTest {

    private static final NavigationEntry STAFF_LINK = new NavigationEntry("/b", "b", "page.myPage", 20, Audience.STAFF);
    private static final NavigationEntry SIGNED_IN_LINK =
        new NavigationEntry("/c", "c", "page.myPage", 30, Audience.SIGNED_IN);
    private static final NavigationEntry OPEN_LINK = new NavigationEntry("/a", "a", "page.myPage", 10, Audience.ANYONE);

    @Test
    void showsEachViewerTheEntriesTheirAudienceAdmitsLowestOrderFirst() {
        var navigation = new Navigation(List.of(SIGNED_IN_LINK, STAFF_LINK, OPEN_LINK));

        assertEquals(List.of(OPEN_LINK), navigation.seenBy(null));
        assertEquals(List.of(OPEN_LINK, SIGNED_IN_LINK), navigation.seenBy(person("resident")));
        assertEquals(List.of(OPEN_LINK, STAFF_LINK, SIGNED_IN_LINK), navigation.seenBy(person("staff")));
        assertEquals(List.of(OPEN_LINK, STAFF_LINK, SIGNED_IN_LINK), navigation.seenBy(person("admin")));
    }

    @Test
    void anEntryWhoseTextALanguageLacksStopsTheStart() {
        var entry = new NavigationEntry("/x", "x", "no.such.text", 1, Audience.ANYONE);

        var refusal = assertThrows(IllegalStateException.class, () -> new Navigation(List.of(entry)));

        assertTrue(refusal.getMessage().contains("no.such.text"), refusal.getMessage());
    }

    private static Authentication person(String role) {
        return Authentication.build("someone", List.of(role), Map.of());
    }
}
