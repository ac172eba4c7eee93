package no.samskap.gateway.shell.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageChoiceTest {

    @Test
    void aLanguagePickedByLinkWinsOverTheRememberedOneAndTheBrowser() {
        assertEquals(Language.ENGLISH, LanguageChoice.of("en", "nn", "nb"));
    }

    @Test
    void theRememberedLanguageWinsOverTheBrowsersList() {
        assertEquals(Language.NYNORSK, LanguageChoice.of(null, "nn", "en-GB,en;q=0.9"));
    }

    @Test
    void anUnknownCookieValueIsIgnored() {
        assertEquals(Language.ENGLISH, LanguageChoice.of(null, "de", "en"));
    }

    @Test
    void readsTheWholeAcceptLanguageListNotOnlyItsFirstTag() {
        assertEquals(Language.NYNORSK, LanguageChoice.of(null, null, "de-DE,de;q=0.9,nn;q=0.8,en;q=0.5"));
    }

    @Test
    void respectsQValuesWhateverTheOrderOfTheList() {
        assertEquals(Language.ENGLISH, LanguageChoice.of(null, null, "nb;q=0.3,en;q=0.9"));
    }

    @Test
    void readsPlainNorwegianAsBokmal() {
        assertEquals(Language.BOKMAL, LanguageChoice.of(null, null, "fr,no;q=0.8,en;q=0.5"));
        assertEquals(Language.BOKMAL, LanguageChoice.of(null, null, "nb-NO"));
    }

    @Test
    void fallsBackToBokmalForNoUnknownOrBrokenPreferences() {
        assertEquals(Language.BOKMAL, LanguageChoice.of(null, null, null));
        assertEquals(Language.BOKMAL, LanguageChoice.of(null, null, "de,fr;q=0.5"));
        assertEquals(Language.BOKMAL, LanguageChoice.of(null, null, ";;q=x"));
    }
}
