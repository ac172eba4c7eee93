package no.samskap.organisations.help.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.help.domain.HelpOffer;

import java.time.Instant;
import java.util.List;

/** An offer as its offerer and the staff see it, and as everyone sees an accepted one: a volunteer unnamed. */
final class OfferViews {

    private OfferViews() {
    }

    @Serdeable
    record Full(String id, String ideaId, @Nullable String associationId, String offeredBy, String kind,
                @Nullable Double hours, List<String> skills, String description, String status,
                @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote,
                Instant offeredAt) {

        static Full of(HelpOffer offer) {
            var decision = offer.decision();
            return new Full(offer.id().toString(), offer.ideaId().toString(), associationOf(offer),
                offer.offeredBy(), offer.kind().code(), offer.hours(), offer.skills(), offer.description(),
                offer.status().code(), decision == null ? null : decision.by(),
                decision == null ? null : decision.at(), decision == null ? null : decision.note(),
                offer.offeredAt());
        }
    }

    /** {@code offerer} is {@code association} (with its id) or {@code volunteer}, whose id is never shown. */
    @Serdeable
    record Public(String id, String ideaId, String offerer, @Nullable String associationId, String kind,
                  @Nullable Double hours, List<String> skills, String description, String status,
                  Instant offeredAt) {

        static Public of(HelpOffer offer) {
            return new Public(offer.id().toString(), offer.ideaId().toString(),
                offer.isByAnAssociation() ? "association" : "volunteer", associationOf(offer), offer.kind().code(),
                offer.hours(), offer.skills(), offer.description(), offer.status().code(), offer.offeredAt());
        }
    }

    private static String associationOf(HelpOffer offer) {
        return offer.associationId() == null ? null : offer.associationId().toString();
    }
}
