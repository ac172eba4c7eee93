package no.samskap.gateway.feedback.readmodel;

import no.samskap.gateway.shell.web.Language;

/** A service unit of a municipality, as its admin named it in the three languages. */
public record Unit(String municipality, String code, String nameNb, String nameNn, String nameEn) {

    public String name(Language language) {
        return switch (language.tag()) {
            case "nn" -> nameNn;
            case "en" -> nameEn;
            default -> nameNb;
        };
    }
}
