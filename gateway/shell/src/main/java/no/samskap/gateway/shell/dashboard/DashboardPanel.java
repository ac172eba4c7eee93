package no.samskap.gateway.shell.dashboard;

import no.samskap.gateway.shell.web.Texts;

import java.util.function.Function;

/**
 * A module's part of the staff dashboard: its figures for one municipality and period, shown on {@code /stab/dashbord}
 * in {@link #order()} and given in {@code /api/staff/dashboard} under {@code panels.<key>}.
 */
public interface DashboardPanel {

    /** The module's own name for its figures in the JSON. */
    String key();

    /** Where it stands on the page among all modules' panels, lowest first. */
    int order();

    Figures read(String municipality, Period period);

    /** The panel's figures, read once for one request. */
    interface Figures {

        /** A {@code @Serdeable} value: the panel's part of the JSON. */
        Object json();

        /** The panel on the page: sections with an {@code h2} each, every text escaped. May call a service, may block. */
        String html(Texts texts);

        /** Figures whose page is {@code html} applied to the page's texts. */
        static Figures of(Object json, Function<Texts, String> html) {
            return new Figures() {
                @Override
                public Object json() {
                    return json;
                }

                @Override
                public String html(Texts texts) {
                    return html.apply(texts);
                }
            };
        }
    }
}
