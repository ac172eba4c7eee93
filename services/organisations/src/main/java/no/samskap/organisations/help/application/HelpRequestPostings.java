package no.samskap.organisations.help.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.domain.HelpRequest;
import no.samskap.organisations.help.domain.HelpRequests;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.util.HashSet;
import java.util.UUID;

/**
 * The municipality's staff or an association's admins ask for help; the volunteers who consented to be contacted
 * and have one of the skills asked for are told.
 */
@Singleton
public class HelpRequestPostings {

    private final HelpRequests requests;
    private final ActingAssociation acting;
    private final MatchingVolunteers volunteers;
    private final HelpMessages messages;
    private final HelpNotices notices;
    private final Clock clock;

    HelpRequestPostings(HelpRequests requests, ActingAssociation acting, MatchingVolunteers volunteers,
                        HelpMessages messages, HelpNotices notices, Clock clock) {
        this.requests = requests;
        this.acting = acting;
        this.volunteers = volunteers;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public HelpRequest post(SignedInPerson person, PostHelpRequest command) {
        AssociationId associationId = null;
        if (command.associationId() != null) {
            associationId = acting.of(command.associationId(), person);
        } else if (!person.isStaffOf(person.municipality())) {
            throw Refusal.forbidden("only the municipality's staff or an association's admins may ask for help");
        }
        var ideaId = command.ideaId() == null ? null : Ids.inBody("ideaId", command.ideaId());
        var posted = HelpRequest.post(UUID.randomUUID(), new MunicipalityNumber(person.municipality()), associationId,
            ideaId, command.task(), command.startsAt(), command.endsAt(), command.place(), command.skills(),
            person.subject(), clock.instant());
        var request = posted.request();
        requests.add(request);
        messages.publish(posted);
        var matching = volunteers.consentingWithAnyOf(request.municipality().value(),
            new HashSet<>(request.skills())).stream().filter(volunteer -> !volunteer.equals(person.subject()))
            .toList();
        notices.aboutRequest(request, matching, "help-requested", posted.occurredAt());
        return request;
    }
}
