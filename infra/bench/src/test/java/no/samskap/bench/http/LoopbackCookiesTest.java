package no.samskap.bench.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoopbackCookiesTest {

    private static final URI KEYCLOAK = URI.create("http://127.0.0.1:8380/realms/samskap");

    @Test
    void secureCookiesAreSentBackOverPlainHttpToTheLoopbackAddress() {
        var cookies = new LoopbackCookies();

        cookies.put(KEYCLOAK, Map.of("Set-Cookie", List.of("AUTH_SESSION_ID=abc.def; Path=/realms/samskap/; Secure;"
            + " HttpOnly; SameSite=None")));

        assertEquals(Map.of("Cookie", List.of("AUTH_SESSION_ID=abc.def")), cookies.get(KEYCLOAK, Map.of()));
    }

    @Test
    void aCookieSetToExpireIsForgotten() {
        var cookies = new LoopbackCookies();
        cookies.keep("samskap_id=eyJ; Path=/; HttpOnly");

        cookies.keep("samskap_id=; Max-Age=0; Path=/");

        assertEquals(Map.of(), cookies.get(KEYCLOAK, Map.of()));
    }

    @Test
    void theHeaderNamesOnlyTheCookiesAskedFor() {
        var cookies = new LoopbackCookies();
        cookies.keep("KC_RESTART=xyz; Path=/");
        cookies.keep("samskap_access=acc; Path=/");
        cookies.keep("samskap_id=idt; Path=/");

        assertEquals("samskap_id=idt; samskap_access=acc", cookies.header(List.of("samskap_id", "samskap_access")));
    }
}
