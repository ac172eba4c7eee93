package no.samskap.gateway.organisations.help;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * The staff inbox's "Tilbud om hjelp å svare på" ({@code help/toAnswer.jte}): each offer with a form to accept it and
 * one to decline it with a reason; a refusal is shown beside the reason, or above the forms when it is not about it.
 */
public record OffersToAnswer(TemplateTexts t, String csrf, List<Waiting> offers) {

    /** {@code typedReason} is what staff typed before a refusal, else empty. */
    public record Waiting(HelpOffers.Offer offer, Content offerer, Content what, @Nullable Content reasonError,
                          @Nullable Content generalError, String typedReason) {

        public String reasonId() {
            return "reason-" + offer.id();
        }
    }
}
