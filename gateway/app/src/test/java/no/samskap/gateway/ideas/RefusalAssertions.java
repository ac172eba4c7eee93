package no.samskap.gateway.ideas;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class RefusalAssertions {

    private RefusalAssertions() {
    }

    /** A 400 problem+json whose errors name the field, as a form needs to show the message beside it. */
    static void assertRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
    }
}
