package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * The dashboard's co-creation panel ({@code organisers/coCreation.jte}): how many events the period had and, for
 * each kind of co-creation, the share of them it touched.
 */
public record CoCreationFigures(TemplateTexts t, int events, List<Share> shares) {

    /** {@code count} of the period's events are of the kind {@code key} names; {@code percent} of all, rounded. */
    public record Share(String key, long percent, int count) {
    }

    static CoCreationFigures of(TemplateTexts t, CoCreationPanel.Figures figures) {
        return new CoCreationFigures(t, figures.events(), List.of(
            share("evo.dashboard.ideas", figures.realiseAnIdea(), figures.events()),
            share("evo.dashboard.coHosted", figures.coHosted(), figures.events()),
            share("evo.dashboard.volunteers", figures.staffedByVolunteers(), figures.events())));
    }

    private static Share share(String key, int count, int events) {
        return new Share(key, events == 0 ? 0 : Math.round(100.0 * count / events), count);
    }
}
