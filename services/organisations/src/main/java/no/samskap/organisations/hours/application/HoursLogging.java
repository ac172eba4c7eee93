package no.samskap.organisations.hours.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.application.Ids;
import no.samskap.organisations.help.domain.HelpOffer;
import no.samskap.organisations.help.domain.HelpOffers;
import no.samskap.organisations.hours.domain.HoursEntry;
import no.samskap.organisations.hours.domain.HoursLog;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A volunteer logs hours against an accepted offer they made themselves or their association made. */
@Singleton
public class HoursLogging {

    /** Days are the days of Norway: hours logged late in the evening count for that evening's date. */
    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final HoursLog log;
    private final HelpOffers offers;
    private final AssociationRights rights;
    private final HoursMessages messages;
    private final Clock clock;

    HoursLogging(HoursLog log, HelpOffers offers, AssociationRights rights, HoursMessages messages, Clock clock) {
        this.log = log;
        this.offers = offers;
        this.rights = rights;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public HoursEntry log(SignedInPerson volunteer, LogHours command) {
        var offer = Ids.parse(command.offerId()).flatMap(offers::find)
            .filter(found -> found.municipality().value().equals(volunteer.municipality()))
            .orElseThrow(() -> new Refusal(Refusal.Kind.UNPROCESSABLE, "offerId",
                "must be an accepted offer of help in your municipality"));
        if (!mayLogAgainst(offer, volunteer)) {
            throw Refusal.forbidden("hours are logged against your own offers or those of an association you are a"
                + " member of");
        }
        var now = clock.instant();
        var logged = HoursEntry.log(UUID.randomUUID(), offer, volunteer.subject(), command.date(), command.hours(),
            command.role(), command.note(), LocalDate.ofInstant(now, NORWAY), now);
        log.add(logged.entry());
        messages.publish(logged);
        return logged.entry();
    }

    private boolean mayLogAgainst(HelpOffer offer, SignedInPerson volunteer) {
        return offer.isByAnAssociation() ? rights.isMember(offer.associationId(), volunteer.subject())
            : offer.offeredBy().equals(volunteer.subject());
    }
}
