package no.samskap.gateway.me;

import io.micronaut.security.authentication.Authentication;
import no.samskap.gateway.web.Language;
import no.samskap.gateway.web.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
