package no.samskap.organisations.help.application;

import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.organisations.help.domain.HelpOffer;
import no.samskap.organisations.help.domain.HelpRequest;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;

import java.time.Instant;
import java.util.Collection;

/** Tells people about offers and requests on their feed, in the transaction of the step. */
@Singleton
class HelpNotices {

    private static final int TITLE_LENGTH = 80;

    private final PersonNotifier notifier;

    HelpNotices(PersonNotifier notifier) {
        this.notifier = notifier;
    }

    void aboutOffer(HelpOffer offer, String personId, String kind, String note, Instant at) {
        var subject = new NotificationSubject("help-offer", offer.id().toString(), titleOf(offer.description()),
            "/ideer/" + offer.ideaId());
        notifier.notify(new Notice(offer.municipality().value(), personId, subject, kind, note, at));
    }

    void aboutRequest(HelpRequest request, Collection<String> people, String kind, Instant at) {
        var subject = new NotificationSubject("help-request", request.id().toString(), titleOf(request.task()),
            "/hjelp-trengs#request-" + request.id());
        people.stream().distinct().sorted().forEach(person -> notifier.notify(
            new Notice(request.municipality().value(), person, subject, kind, "", at)));
    }

    private static String titleOf(String text) {
        return text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH - 1) + "…";
    }
}
