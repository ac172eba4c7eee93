package no.samskap.contract.municipalities;

import java.util.Locale;

/** One thing named in bokmål, nynorsk and English: the three languages every page offers. */
public record Names(String nb, String nn, String en) {

    /** The name in the language of {@code locale}; bokmål for any language but nynorsk and English. */
    public String in(Locale locale) {
        var language = locale == null ? "nb" : locale.getLanguage();
        if ("nn".equals(language)) {
            return nn;
        }
        return "en".equals(language) ? en : nb;
    }
}
