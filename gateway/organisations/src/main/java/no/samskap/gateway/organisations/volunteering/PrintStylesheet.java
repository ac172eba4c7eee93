package no.samskap.gateway.organisations.volunteering;

import no.samskap.gateway.shell.assets.Assets;

import static no.samskap.gateway.shell.web.Html.escape;

/** The print stylesheet of documents meant for paper (a confirmation of purpose, a frivillighetsbevis). */
public final class PrintStylesheet {

    private PrintStylesheet() {
    }

    public static String link() {
        return "<link rel=\"stylesheet\" media=\"print\" href=\"" + escape(url()) + "\">\n";
    }

    /** The stylesheet's fingerprinted address. */
    public static String url() {
        return Assets.bundled().url("volunteering-print.css");
    }
}
