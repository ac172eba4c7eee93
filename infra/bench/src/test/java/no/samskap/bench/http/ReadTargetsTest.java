package no.samskap.bench.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReadTargetsTest {

    @Test
    void theFirstIdOfAListIsTheOneUsed() {
        var json = """
            {"ideas":[{"id":"0b8f5a52-6f0e-4a8e-9d5e-1c2b3a4d5e6f","title":"Benker"},
            {"id":"1b8f5a52-6f0e-4a8e-9d5e-1c2b3a4d5e6f"}]}""";

        assertEquals("0b8f5a52-6f0e-4a8e-9d5e-1c2b3a4d5e6f", ReadTargets.firstId(json, "idea"));
    }

    @Test
    void theStylesheetIsTheFirstOneUnderAssetsAPageLinksTo() {
        var page = """
            <head><link rel="icon" href="/favicon.ico">
            <link rel="stylesheet" href="/assets/samskap.3f9a1c2b.css"></head>""";

        assertEquals("/assets/samskap.3f9a1c2b.css", ReadTargets.stylesheetOf(page));
    }

    @Test
    void anEmptyListIsSaidRatherThanMeasuredAsNothing() {
        assertThrows(IllegalStateException.class, () -> ReadTargets.firstId("{\"ideas\":[]}", "idea"));
    }
}
