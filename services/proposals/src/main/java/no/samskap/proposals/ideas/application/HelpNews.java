package no.samskap.proposals.ideas.application;

import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;
import no.samskap.proposals.ideas.domain.Follows;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.Ideas;

import java.time.Instant;
import java.util.UUID;

/**
 * Tells an idea's followers that the municipality accepted an offer of help for it. The organisations service knows
 * the offer, this service knows who follows the idea, so the news comes from here, once per offer.
 */
@Singleton
public class HelpNews {

    static final String HELP_ACCEPTED = "help-accepted";

    private final Ideas ideas;
    private final Follows follows;
    private final HelpNewsTold told;
    private final PersonNotifier notifier;

    HelpNews(Ideas ideas, Follows follows, HelpNewsTold told, PersonNotifier notifier) {
        this.ideas = ideas;
        this.follows = follows;
        this.told = told;
        this.notifier = notifier;
    }

    /** Runs in the transaction that marks the message processed. */
    public void helpAccepted(String offerId, UUID ideaId, String acceptedBy, Instant at) {
        var idea = ideas.find(new IdeaId(ideaId)).filter(found -> found.isPublic());
        if (idea.isEmpty() || !told.firstTime(offerId, ideaId, at)) {
            return;
        }
        var subject = new NotificationSubject("idea", ideaId.toString(), idea.get().title(), "/ideer/" + ideaId);
        follows.followersOf(idea.get().id()).stream()
            .filter(person -> !person.equals(acceptedBy))
            .sorted()
            .forEach(person -> notifier.notify(new Notice(idea.get().municipality().number(), person, subject,
                HELP_ACCEPTED, "", at)));
    }

    /** Which offers' acceptance the followers were told of. */
    public interface HelpNewsTold {

        /** Records the offer; false when it was told before. */
        boolean firstTime(String offerId, UUID ideaId, Instant at);
    }
}
