package no.samskap.gateway.shell.web;

import no.samskap.gateway.shell.WithAndWithoutTheExtraModule;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module adds links to the main navigation by declaring {@link NavigationEntry} beans, and takes them away with it. */
class NavigationEntriesIT extends WithAndWithoutTheExtraModule {

    private static final String EXTRA_LINK = "<li><a href=\"/ekstra\" id=\"extra-link\">Ekstra</a></li>";
    private static final String NEW_IDEA_LINK =
        "<li><a href=\"/ideer/ny\" id=\"new-idea\" class=\"ds-button\" data-variant=\"primary\">Send inn idé</a></li>";
    private static final String MY_PAGE_LINK = "<li><a href=\"/meg\" id=\"my-page\">Min side</a></li>";

    @Test
    void aModulesEntryShowsOnEveryPageInItsOrderAmongTheOthers() {
        var home = withTheModule().get("/").body();
        var notFound = withTheModule()
            .get("/ideer/00000000-0000-0000-0000-000000000000", Map.of("Accept", "text/html")).body();

        assertAll(
            () -> assertTrue(home.contains(EXTRA_LINK), home),
            () -> assertTrue(home.indexOf(NEW_IDEA_LINK) < home.indexOf(EXTRA_LINK), "the ideas module's entry first"),
            () -> assertTrue(home.indexOf(EXTRA_LINK) < home.indexOf(MY_PAGE_LINK), "the shell's Min side after both"),
            () -> assertTrue(home.indexOf(MY_PAGE_LINK) < home.indexOf("id=\"sign-in\""), "signing in last"),
            () -> assertTrue(notFound.contains(EXTRA_LINK), notFound));
    }

    @Test
    void anEntryForStaffShowsToStaffAlone() {
        var gateway = withTheModule();
        var staffLink = "<li><a href=\"/ekstra/stab\" id=\"extra-staff-link\">Ekstra for ansatte</a></li>";

        assertAll(
            () -> assertFalse(gateway.get("/").body().contains(staffLink), "a visitor"),
            () -> assertFalse(get(gateway, resident(), "/").body()
                .contains(staffLink), "a resident"),
            () -> assertTrue(get(gateway, staff(), "/").body()
                .contains(staffLink), "staff"));
    }

    @Test
    void withoutTheModuleItsEntriesAreGoneAndTheIdeasModulesStay() {
        var home = withoutTheModule().get("/").body();
        var asStaff = get(withoutTheModule(), staff(), "/").body();

        assertAll(
            () -> assertFalse(home.contains("extra-link"), home),
            () -> assertFalse(asStaff.contains("extra-staff-link"), asStaff),
            () -> assertTrue(home.contains(NEW_IDEA_LINK), home),
            () -> assertTrue(home.contains(MY_PAGE_LINK), home));
    }
}
