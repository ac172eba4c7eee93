package no.samskap.gateway.organisations.notifications;

import no.samskap.gateway.shell.notifications.FeedEntry;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrganisationNotificationWordingTest {

    private final OrganisationNotificationWording associations = new OrganisationNotificationWording("association");
    private final OrganisationNotificationWording hours = new OrganisationNotificationWording("hours");

    @Test
    void wordsTheNoticesOfTheOrganisationsServiceInEachLanguage() {
        assertEquals("har invitert deg til å bli med",
            associations.whatHappened(entry("association", "invited"), new Texts(Language.BOKMAL)));
        assertEquals("– timane dine er godkjende",
            hours.whatHappened(entry("hours", "hours-approved"), new Texts(Language.NYNORSK)));
        assertEquals("– your hours were not approved",
            hours.whatHappened(entry("hours", "hours-rejected"), new Texts(Language.ENGLISH)));
    }

    @Test
    void wordsTheWithdrawalForTheInviteeAndTheAnswerForTheAdminWhoInvited() {
        assertEquals("har trukket tilbake invitasjonen til deg",
            associations.whatHappened(entry("association", "invitation-withdrawn"), new Texts(Language.BOKMAL)));
        assertEquals("– invitasjonen du sende, er godteken",
            associations.whatHappened(entry("association", "invitation-accepted"), new Texts(Language.NYNORSK)));
        assertEquals("– the invitation you sent was declined",
            associations.whatHappened(entry("association", "invitation-refused"), new Texts(Language.ENGLISH)));
    }

    @Test
    void aKindNewerThanTheTextsReadsNeutrally() {
        assertEquals("har noe nytt til deg",
            associations.whatHappened(entry("association", "renamed"), new Texts(Language.BOKMAL)));
    }

    private static FeedEntry entry(String subjectType, String kind) {
        return new FeedEntry("1", "organisations", subjectType, "a", "Mo Sangkor", "/foreninger/a", kind, "member",
            Instant.parse("2026-12-06T10:00:00Z"), null);
    }
}
