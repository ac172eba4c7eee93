package no.samskap.gateway.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextsTest {

    @Test
    void writesDatesAsEachLanguageDoesInNorwegianTime() {
        var lateEvening = Instant.parse("2026-11-27T23:30:00Z");

        assertEquals("28. november 2026", new Texts(Language.BOKMAL).date(lateEvening));
        assertEquals("28. november 2026", new Texts(Language.NYNORSK).date(LocalDate.of(2026, 11, 28)));
        assertEquals("November 28, 2026", new Texts(Language.ENGLISH).date(LocalDate.of(2026, 11, 28)));
    }

    @Test
    void groupsNumbersAsEachLanguageDoes() {
        assertEquals("12\u00a0345", new Texts(Language.BOKMAL).number(12345));
        assertEquals("12,345", new Texts(Language.ENGLISH).number(12345));
    }

    @Test
    void escapesWhatIsPutIntoATextAndCountsInWords() {
        var texts = new Texts(Language.BOKMAL);

        assertEquals("Ideer i &lt;b&gt;", texts.text("board.heading", "<b>"));
        assertEquals("1 støtte", texts.text("board.supports", 1));
        assertEquals("1\u00a0200 støtter", texts.text("board.supports", 1200));
    }

    @Test
    void everyLanguageHasTheSameKeys() throws Exception {
        var bokmal = keysOf("nb");

        assertEquals(bokmal, keysOf("nn"));
        assertEquals(bokmal, keysOf("en"));
    }

    private static Set<String> keysOf(String tag) throws Exception {
        var properties = new Properties();
        try (var in = TextsTest.class.getResourceAsStream("/i18n/messages_" + tag + ".properties")) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }

    @Test
    void languagesAreOfferedInTheirOwnNames() {
        assertEquals("[nb, nn, en]", Arrays.toString(Language.tags().toArray()));
    }
}
