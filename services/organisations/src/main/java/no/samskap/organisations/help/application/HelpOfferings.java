package no.samskap.organisations.help.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.domain.HelpKind;
import no.samskap.organisations.help.domain.HelpOffer;
import no.samskap.organisations.help.domain.HelpOffers;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.util.UUID;

/**
 * An association, through one of its admins, or a volunteer for themselves offers help to an idea; the staff of the
 * municipality accept or decline it and the offerer is told. The idea lives in the proposals service, which this
 * service never calls: the gateway checks the idea exists before it relays the offer.
 */
@Singleton
public class HelpOfferings {

    private final HelpOffers offers;
    private final ActingAssociation acting;
    private final HelpMessages messages;
    private final HelpNotices notices;
    private final Clock clock;

    HelpOfferings(HelpOffers offers, ActingAssociation acting, HelpMessages messages, HelpNotices notices,
                  Clock clock) {
        this.offers = offers;
        this.acting = acting;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public HelpOffer offer(SignedInPerson person, OfferHelp command) {
        var ideaId = Ids.inBody("ideaId", command.ideaId());
        var kind = HelpKind.fromCode(command.kind());
        var associationId = command.associationId() == null ? null : acting.of(command.associationId(), person);
        var made = HelpOffer.offer(UUID.randomUUID(), new MunicipalityNumber(person.municipality()), ideaId,
            associationId, person.subject(), kind, command.hours(), command.skills(), command.description(),
            clock.instant());
        offers.add(made.offer());
        messages.publish(made);
        return made.offer();
    }

    @Transactional
    public HelpOffer accept(SignedInPerson staff, String offerId, String note) {
        var offer = waiting(staff, offerId);
        var accepted = offer.accept(staff.subject(), note, clock.instant());
        offers.decide(accepted.offer());
        messages.publish(accepted);
        notices.aboutOffer(accepted.offer(), offer.offeredBy(), "help-accepted", accepted.offer().decision().note(),
            accepted.occurredAt());
        return accepted.offer();
    }

    @Transactional
    public HelpOffer decline(SignedInPerson staff, String offerId, String reason) {
        var offer = waiting(staff, offerId);
        var declined = offer.decline(staff.subject(), reason, clock.instant());
        offers.decide(declined.offer());
        messages.publish(declined);
        notices.aboutOffer(declined.offer(), offer.offeredBy(), "help-declined", declined.offer().decision().note(),
            declined.occurredAt());
        return declined.offer();
    }

    private HelpOffer waiting(SignedInPerson staff, String offerId) {
        var offer = offers.findForDecision(Ids.inPath("offer", offerId))
            .orElseThrow(() -> Refusal.notFound("no offer " + offerId));
        if (!staff.isStaffOf(offer.municipality().value())) {
            throw Refusal.forbidden("only the staff of the offer's municipality may answer it");
        }
        return offer;
    }
}
