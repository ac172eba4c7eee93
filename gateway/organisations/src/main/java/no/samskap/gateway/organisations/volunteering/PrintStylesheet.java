package no.samskap.gateway.organisations.volunteering;

import no.samskap.gateway.shell.assets.Assets;

/** The print stylesheet of documents meant for paper (a confirmation of purpose, a frivillighetsbevis). */
public final class PrintStylesheet {

    private PrintStylesheet() {
    }

    /** The stylesheet's fingerprinted address. */
    public static String url() {
        return Assets.bundled().url("volunteering-print.css");
    }
}
