package no.samskap.gateway.shell.notifications;

import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.contract.notifications.NotificationsMessages;
import no.samskap.contract.notifications.PersonNotified;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.TestInfrastructure;

import java.time.Instant;
import java.util.UUID;

/** What any service tells a person on their one feed, as the platform's notifier tells it, on the real broker. */
public final class FeedStoriesOnKafka implements AutoCloseable {

    static final String RANA = "1833";

    private final MessagesOnKafka messages;

    public FeedStoriesOnKafka(TestInfrastructure infrastructure) {
        messages = new MessagesOnKafka(infrastructure);
    }

    /** The subject the stand-in identity provider gives a person, which is what the services know them by. */
    public static String subjectOf(Person person) {
        return person.subject();
    }

    /** The proposals service tells the person about an idea; returns the notification's id. */
    public String aboutAnIdea(Person person, String ideaId, String title, String kind, String note, Instant at) {
        return told(person, "proposals", new NotificationSubject("idea", ideaId, title, "/ideer/" + ideaId), kind,
            note, at);
    }

    public String told(Person person, String service, NotificationSubject subject, String kind, String note,
                       Instant at) {
        var id = UUID.randomUUID();
        var personId = subjectOf(person);
        messages.send(NotificationsMessages.PERSON_NOTIFIED, id, at, RANA, personId,
            new PersonNotified(personId, id.toString(), service, subject, kind, note, at));
        return id.toString();
    }

    @Override
    public void close() {
        messages.close();
    }
}
