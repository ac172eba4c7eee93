package no.samskap.gateway.shell.me;

import io.micronaut.security.authentication.Authentication;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
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
        var html = render(new Profile("Marit Berg", "rana-admin", null, List.of("resident", "admin")),
            MyPageNotice.NONE, List.of());

        assertTrue(html.contains("<dd id=\"roles\">innbygger, administrator</dd>"), html);
        assertTrue(html.contains("<dd id=\"municipality\">Ikke oppgitt</dd>"), html);
        assertTrue(html.contains("<a href=\"/stab/innboks\" id=\"staff-inbox\">"), html);
    }

    @Test
    void namesTheMunicipalityByItsName() {
        var html = render(resident(), MyPageNotice.NONE, List.of());

        assertTrue(html.contains("<dt>Kommune</dt>"), html);
        assertTrue(html.contains("<dd id=\"municipality\">Rana (1833)</dd>"), html);
    }

    @Test
    void framesEachSectionUnderItsHeadingInTheOrderGiven() {
        var html = render(resident(), MyPageNotice.NONE, List.of(
            new MyPage.RenderedSection(new MyPageSection.Placement("first", "me.heading", 1), "<p>Én</p>\n"),
            new MyPage.RenderedSection(new MyPageSection.Placement("second", "me.roles", 2), "<p>To</p>\n")));

        var first = html.indexOf("<section id=\"first\" aria-labelledby=\"first-heading\">");
        assertTrue(first >= 0, html);
        assertTrue(html.indexOf("<h2 id=\"first-heading\">Min side</h2>") > first, html);
        assertTrue(html.indexOf("<p>Én</p>") > first, html);
        assertTrue(html.indexOf("id=\"first\"") < html.indexOf("id=\"second\""), html);
        assertFalse(html.contains("id=\"staff-links\""), html);
    }

    @Test
    void sumsARefusedFieldUpAtTheTopAndLinksToIt() {
        var html = render(resident(), MyPageNotice.refused("appeal-reason-1", "me.errors.heading", "mine ord"),
            List.of());

        assertTrue(html.contains("<ul><li><a href=\"#appeal-reason-1\">Det er et problem</a></li></ul>"), html);
        assertFalse(html.contains("mine ord"), "the section owning the field gives the words back, not the summary");
    }

    private static Profile resident() {
        return new Profile("Ola", "ola", "1833", List.of("resident"));
    }

    private static String render(Profile profile, MyPageNotice notice, List<MyPage.RenderedSection> sections) {
        return MyPage.render(new MyPageViewer(profile, "subject", new Texts(Language.BOKMAL), "token", notice),
            Optional.ofNullable(profile.municipality()).map(number -> "Rana (" + number + ")"), sections, List.of());
    }
}
