package no.samskap.bench.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionScriptTest {

    private final String lua = SubmissionScript.lua("3f9a1c2b", List.of("token-of-ingrid", "token-of-ola"));

    @Test
    void eachRequestTakesTheNextResidentsToken() {
        assertTrue(lua.contains("  \"token-of-ingrid\",\n  \"token-of-ola\"\n"), lua);
        assertTrue(lua.contains("[\"Authorization\"] = \"Bearer \" .. tokens[(sent % #tokens) + 1]"), lua);
    }

    @Test
    void everyTitleNamesTheRunTheStartOfTheWrkRunItsThreadAndItsCount() {
        assertTrue(lua.contains("string.format(\"Benker langs elva, forslag 3f9a1c2b-%d-%d-%d\", started,"
            + " thread_number, sent)"), lua);
    }
}
