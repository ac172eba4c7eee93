package no.samskap.gateway.shell.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void oneTextFormattedWithDifferentNumbersAtOnceGivesEachItsOwnWords() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int task = 0; task < 2_000; task++) {
                var count = task % 3 == 0 ? 1 : task;
                answers.add(pool.submit(() -> new Texts(Language.BOKMAL).text("board.supports", count)
                    .equals(count == 1 ? "1 støtte" : new Texts(Language.BOKMAL).number(count) + " støtter")));
            }
            for (var answer : answers) {
                assertTrue(answer.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyModulesTextsHaveTheSameKeysInEveryLanguage() throws Exception {
        // The test-only extra module's texts are on the tests' classpath too, as a real module's would be.
        assertEquals(List.of("i18n/events", "i18n/extra", "i18n/feedback", "i18n/ideas", "i18n/organisations",
            "i18n/organisers", "i18n/shell", "i18n/venues", "i18n/volunteering"), Texts.baseNames());
        for (var baseName : Texts.baseNames()) {
            var bokmal = keysOf(baseName, "nb");

            assertEquals(bokmal, keysOf(baseName, "nn"), baseName);
            assertEquals(bokmal, keysOf(baseName, "en"), baseName);
        }
    }

    @Test
    void noTwoModulesUseTheSameKey() throws Exception {
        var seen = new HashSet<String>();
        for (var baseName : Texts.baseNames()) {
            for (var key : keysOf(baseName, "nb")) {
                assertTrue(seen.add(key), key + " is in two modules' texts");
            }
        }
    }

    private static Set<String> keysOf(String baseName, String tag) throws Exception {
        var properties = new Properties();
        try (var in = TextsTest.class.getResourceAsStream("/" + baseName + "_" + tag + ".properties")) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }

    @Test
    void languagesAreOfferedInTheirOwnNames() {
        assertEquals("[nb, nn, en]", Arrays.toString(Language.tags().toArray()));
    }
}
