package no.samskap.organisations.hours.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Associations;
import no.samskap.organisations.hours.domain.HoursEntry;
import no.samskap.organisations.hours.domain.HoursLog;
import no.samskap.organisations.hours.domain.ShiftWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.UUID;

/** Logs the hours of a shift a volunteer was checked in for at an event, once per volunteer and shift. */
@Singleton
public class HoursFromShifts {

    private static final Logger LOG = LoggerFactory.getLogger(HoursFromShifts.class);

    private final HoursLog log;
    private final Associations associations;
    private final HoursMessages messages;
    private final Clock clock;

    HoursFromShifts(HoursLog log, Associations associations, HoursMessages messages, Clock clock) {
        this.log = log;
        this.associations = associations;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code associationId} is null when the volunteer came on their own; an unknown one counts as none. */
    @Transactional
    public void checkedIn(MunicipalityNumber municipality, ShiftWork work, String volunteerId, String associationId) {
        if (log.hasShift(work.shift().shiftId(), volunteerId)) {
            return;
        }
        var association = AssociationId.parse(associationId).filter(id -> associations.find(id).isPresent())
            .orElse(null);
        if (associationId != null && association == null) {
            LOG.warn("Shift {} named association {} for volunteer {}, which this service does not know; the hours"
                + " are logged as the volunteer's own.", work.shift().shiftId(), associationId, volunteerId);
        }
        var happened = HoursEntry.fromShift(UUID.randomUUID(), municipality, work, association, volunteerId,
            clock.instant());
        log.add(happened.get(0).entry());
        happened.stream().skip(1).forEach(decided -> log.decide(decided.entry()));
        happened.forEach(messages::publish);
    }
}
