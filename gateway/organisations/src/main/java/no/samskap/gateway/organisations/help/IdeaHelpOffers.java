package no.samskap.gateway.organisations.help;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * "Tilbud om hjelp" below an idea ({@code help/panel.jte}): the accepted offers, the form to offer help for a
 * signed-in resident, or the way to sign in for a visitor; {@code offered} after the person's own offer went through.
 */
public record IdeaHelpOffers(TemplateTexts t, boolean offered, List<Accepted> accepted, @Nullable OfferForm form,
                             boolean signInToOffer) {

    /** An accepted offer: by its association ({@code associationId} and name), or by "a volunteer" when null. */
    public record Accepted(String id, @Nullable String associationId, String associationName, Content what,
                           String description) {
    }
}
