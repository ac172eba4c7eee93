package no.samskap.organisations.help.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.domain.HelpRequest;
import no.samskap.organisations.help.domain.HelpRequests;
import no.samskap.organisations.help.domain.Interest;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.util.List;

/**
 * Volunteers show interest in a request; the first to accept it takes it, atomically, and everyone else who showed
 * interest is told it is taken, as is the one who asked.
 */
@Singleton
public class HelpRequestTakings {

    private final HelpRequests requests;
    private final HelpMessages messages;
    private final HelpNotices notices;
    private final Clock clock;

    HelpRequestTakings(HelpRequests requests, HelpMessages messages, HelpNotices notices, Clock clock) {
        this.requests = requests;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public HelpRequest showInterest(SignedInPerson volunteer, String requestId) {
        var request = inMunicipalityOf(volunteer, requestId);
        request.requireOpen(clock.instant());
        if (!requests.addInterest(Interest.shown(request.id(), volunteer.subject(), clock.instant()))) {
            throw Refusal.conflict(null, "you have already shown interest in this request");
        }
        return request;
    }

    @Transactional
    public HelpRequest accept(SignedInPerson volunteer, String requestId) {
        var request = inMunicipalityOf(volunteer, requestId);
        var taken = request.takenBy(volunteer.subject(), clock.instant());
        if (!requests.take(taken.request())) {
            throw Refusal.conflict(null, "someone has already taken this request");
        }
        messages.publish(taken);
        var others = requests.interestIn(request.id()).stream().map(Interest::volunteerId)
            .filter(other -> !other.equals(volunteer.subject())).toList();
        notices.aboutRequest(taken.request(), others, "help-request-taken", taken.occurredAt());
        notices.aboutRequest(taken.request(), List.of(request.requestedBy()), "help-request-accepted",
            taken.occurredAt());
        return taken.request();
    }

    private HelpRequest inMunicipalityOf(SignedInPerson volunteer, String requestId) {
        return requests.find(Ids.inPath("request", requestId))
            .filter(found -> found.municipality().value().equals(volunteer.municipality()))
            .orElseThrow(() -> Refusal.notFound("no request " + requestId + " in your municipality"));
    }
}
