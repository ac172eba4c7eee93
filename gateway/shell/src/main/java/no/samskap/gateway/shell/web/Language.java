package no.samskap.gateway.shell.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the pages are written in; bokmål first, because it is the default. */
public enum Language {
    BOKMAL("nb"),
    NYNORSK("nn"),
    ENGLISH("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    static Optional<Language> tagged(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }

    static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }
}
