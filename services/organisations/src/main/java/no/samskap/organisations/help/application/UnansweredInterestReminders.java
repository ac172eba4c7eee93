package no.samskap.organisations.help.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.Members;
import no.samskap.organisations.associations.domain.Membership;
import no.samskap.organisations.help.domain.HelpRequest;
import no.samskap.organisations.help.domain.HelpRequests;
import no.samskap.organisations.help.domain.Interest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * A volunteer's interest nobody answered within 14 days reminds the association's admins (or the staff member who
 * asked), once; the volunteer then sees the state "reminded".
 */
@Singleton
public class UnansweredInterestReminders {

    private static final Logger LOG = LoggerFactory.getLogger(UnansweredInterestReminders.class);
    private static final int BATCH = 200;

    private final HelpRequests requests;
    private final Members members;
    private final HelpNotices notices;
    private final Clock clock;

    UnansweredInterestReminders(HelpRequests requests, Members members, HelpNotices notices, Clock clock) {
        this.requests = requests;
        this.members = members;
        this.notices = notices;
        this.clock = clock;
    }

    /** Sends the reminders that are due and returns how many interests they were about. */
    @Transactional
    public int remindDue() {
        var now = clock.instant();
        var due = requests.unansweredSince(Interest.unansweredIfShownBefore(now), BATCH);
        for (var interest : due) {
            var request = requests.find(interest.requestId()).orElseThrow();
            notices.aboutRequest(request, answerersOf(request), "help-interest-unanswered", now);
            requests.reminded(interest, now);
        }
        if (!due.isEmpty()) {
            LOG.info("Reminded the requesters of {} unanswered interests in requests for help.", due.size());
        }
        return due.size();
    }

    private List<String> answerersOf(HelpRequest request) {
        if (request.associationId() == null) {
            return List.of(request.requestedBy());
        }
        return members.of(request.associationId()).stream().filter(Membership::isAdmin).map(Membership::personId)
            .toList();
    }
}
