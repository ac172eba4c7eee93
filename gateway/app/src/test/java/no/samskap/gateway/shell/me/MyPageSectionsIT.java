package no.samskap.gateway.shell.me;

import no.samskap.gateway.shell.WithAndWithoutTheExtraModule;
import no.samskap.gateway.shell.assets.Assets;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module adds a section to "Min side" by declaring a {@link MyPageSection} bean, and takes it away with it. */
class MyPageSectionsIT extends WithAndWithoutTheExtraModule {

    @Test
    void aModulesSectionShowsForThePersonInItsOrderAmongTheIdeasModulesSections() {
        var response = get(withTheModule(), resident(), "/meg");
        var page = response.body();

        assertAll(
            () -> assertEquals(200, response.statusCode()),
            () -> assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null)),
            () -> assertTrue(page.contains("<section id=\"extra-things\" aria-labelledby=\"extra-things-heading\">"), page),
            () -> assertTrue(page.contains("<h2 id=\"extra-things-heading\">Ekstra ting</h2>"), page),
            () -> assertTrue(page.contains("<p id=\"extra-content\">Ekstra ting for Siri Olsen.</p>"), page),
            () -> assertTrue(page.indexOf("id=\"sign-out\"") < page.indexOf("id=\"my-ideas\""), "the profile first"),
            () -> assertTrue(page.indexOf("id=\"my-ideas\"") < page.indexOf("id=\"my-supports\""), page),
            () -> assertTrue(page.indexOf("id=\"my-supports\"") < page.indexOf("id=\"my-follows\""), page),
            () -> assertTrue(page.indexOf("id=\"my-follows\"") < page.indexOf("id=\"extra-things\""), page),
            () -> assertTrue(page.indexOf("id=\"extra-things\"") < page.indexOf("id=\"my-notifications\""), page),
            () -> assertEquals(1, page.split(Assets.bundled().scriptTag("my-page.js"), -1).length - 1, "a section's script once"));
    }

    @Test
    void aModulesFormIsConfirmedOnThePageWhenItComesBack() {
        var page = get(withTheModule(), resident(), "/meg?ekstra=1")
            .body();

        assertTrue(page.contains("<p id=\"confirmation\" class=\"confirmation\" role=\"status\">Det ekstra er gjort.</p>"),
            page);
    }

    @Test
    void withoutTheModuleItsSectionIsGoneAndTheIdeasModulesStay() {
        var page = get(withoutTheModule(), resident(), "/meg?ekstra=1")
            .body();

        assertAll(
            () -> assertFalse(page.contains("extra-things"), page),
            () -> assertFalse(page.contains("id=\"confirmation\""), page),
            () -> assertTrue(page.contains("<section id=\"my-ideas\" aria-labelledby=\"my-ideas-heading\">"), page),
            () -> assertTrue(page.contains("<section id=\"my-notifications\""), page));
    }
}
