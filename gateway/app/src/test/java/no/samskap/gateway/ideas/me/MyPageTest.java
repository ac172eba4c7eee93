package no.samskap.gateway.ideas.me;

import io.micronaut.security.authentication.Authentication;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MyPageTest {

    @Test
    void keepsOnlySamskapsOwnRolesFromWhatKeycloakLists() {
        var profile = Profile.of(Authentication.build("rana-staff",
            List.of("default-roles-samskap", "staff", "offline_access", "uma_authorization"),
            Map.of("name", "Per Eriksen", "municipality", "1833")));

        assertEquals(new Profile("Per Eriksen", "rana-staff", "1833", List.of("staff")), profile);
    }

    @Test
    void fallsBackToTheUsernameWhenTheAccountHasNoDisplayName() {
        var profile = Profile.of(Authentication.build("ola", List.of("resident"), Map.of()));

        assertEquals("ola", profile.name());
        assertNull(profile.municipality());
    }

    @Test
    void namesRolesInBokmalAndSaysWhenNoMunicipalityIsKnown() {
        var html = MyPage.render(new Profile("Marit Berg", "rana-admin", null, List.of("resident", "admin")), "token",
            new Texts(Language.BOKMAL));

        assertTrue(html.contains("<dd id=\"roles\">innbygger, administrator</dd>"), html);
        assertTrue(html.contains("<dd id=\"municipality\">Ikke oppgitt</dd>"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"_csrf\" value=\"token\">"), html);
    }

    @Test
    void showsTheAuthorTheModeratorsReasonForShowingTheirIdeaAgainButNotWhileItIsHiddenAgain() {
        var restored = new MyPageRows.MyIdea("44444444-4444-4444-4444-444444444444", "Kino", "published", true, false,
            null, "none", java.time.Instant.EPOCH, "Ingen <regelbrot>.");
        var hiddenAgain = new MyPageRows.MyIdea("55555555-5555-5555-5555-555555555555", "Dans", "published", false, true,
            "Reklame", "none", java.time.Instant.EPOCH, "Gammal grunn.");
        var content = new MyPageContent(List.of(restored, hiddenAgain), List.of(), List.of(), List.of());

        var html = MyPage.render(new Profile("Ola", "ola", "1833", List.of("resident")), content, MyPageNotice.NONE, "",
            "token", new Texts(Language.NYNORSK));

        assertTrue(html.contains("<p class=\"restored-reason\">Vist att: Ingen &lt;regelbrot&gt;.</p>"), html);
        assertFalse(html.contains("Gammal grunn."), html);
    }

    @Test
    void offersAnAppealOnlyWhereOneIsPossibleAndShowsTheFeedSectionItIsGiven() {
        var rejected = new MyPageRows.MyIdea("11111111-1111-1111-1111-111111111111", "Avvist <idé>", "rejected", false,
            false, "Navn på elev", "none", java.time.Instant.EPOCH, null);
        var appealed = new MyPageRows.MyIdea("22222222-2222-2222-2222-222222222222", "Skjult idé", "published", false,
            true, "Reklame", "pending", java.time.Instant.EPOCH, null);
        var content = new MyPageContent(List.of(rejected, appealed), List.of(), List.of(), List.of());

        var html = MyPage.render(new Profile("Ola", "ola", "1833", List.of("resident")), content, MyPageNotice.NONE,
            "<section id=\"my-notifications\"></section>", "token", new Texts(Language.NYNORSK));

        assertTrue(html.contains("Avvist &lt;idé&gt;"), html);
        assertTrue(html.contains("action=\"/meg/ideer/11111111-1111-1111-1111-111111111111/anke\""), html);
        assertFalse(html.contains("/meg/ideer/22222222-2222-2222-2222-222222222222/anke"), html);
        assertTrue(html.contains("<section id=\"my-notifications\"></section>"), html);
        assertFalse(html.contains("id=\"staff-links\""), html);
    }
}
