package no.samskap.gateway.shell.notifications.digest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import no.samskap.contract.proposals.IdeaFollowed;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.MovableClock;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.IdeaMessagesOnKafka;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.gateway.shell.notifications.FeedStoriesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident follows an idea, is told of its answer on their feed, and receives the digest in a real SMTP server
 * (GreenMail) in the language they chose it in: exactly one mail per digest, and a mail the server refused is sent
 * on a later try. The gateway's clock stands still until a test moves it.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationDigestIT {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T10:00:00Z");

    private int smtpPort;
    private GreenMail smtp;
    private GatewayUnderTest gateway;
    private IdeaMessagesOnKafka ideas;
    private FeedStoriesOnKafka feeds;
    private FormPosts visits;
    private MovableClock clock;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        smtpPort = freePort();
        smtp = startSmtp();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap.mail.host", "127.0.0.1",
            "samskap.mail.port", smtpPort,
            "samskap.mail.from", "Samskap <ikke-svar@samskap.test>",
            "samskap.mail.poll-interval", "1h",
            MovableClock.SETTING, MONDAY_MORNING.toString()));
        ideas = new IdeaMessagesOnKafka(infrastructure);
        feeds = new FeedStoriesOnKafka(infrastructure);
        visits = new FormPosts(gateway);
        clock = gateway.bean(MovableClock.class);
    }

    @AfterAll
    void stop() {
        feeds.close();
        ideas.close();
        gateway.close();
        smtp.stop();
    }

    @Test
    void aResidentWhoFollowsAnIdeaReceivesOneDailyDigestInNynorsk() throws Exception {
        var follower = toldOfAnAnswer("Kveldsope på biblioteket", "daily", "nn", "Ja, frå januar.");
        var resident = follower.person();
        composeAndSend();
        assertEquals(List.of(), mailsTo(resident), "not due before tomorrow morning");

        clock.moveBy(Duration.ofDays(1));
        composeAndSend();
        composeAndSend();

        var mail = theOneMailTo(resident);
        var body = (String) mail.getContent();
        assertAll(
            () -> assertEquals("Samskap: 1 nytt varsel", mail.getSubject()),
            () -> assertTrue(body.contains("<html lang=\"nn\">"), body),
            () -> assertTrue(body.contains("Dette har skjedd sidan sist"), body),
            () -> assertTrue(body.contains("<a href=\"http://127.0.0.1:8080/ideer/" + follower.idea()
                + "\"><strong>Kveldsope på biblioteket</strong></a> har fått svar frå kommunen"
                + " <q class=\"note\">Ja, frå januar.</q>"), body),
            () -> assertTrue(mail.getContentType().contains("text/html"), mail.getContentType()));
    }

    @Test
    void anEnglishWeeklyDigestTheServerRefusedIsSentOnceOnTheNextTryWithItsOwnMessageId() throws Exception {
        var resident = toldOfAnAnswer("Youth eSport night", "weekly", "en", "Yes.").person();
        smtp.stop();

        clock.moveBy(Duration.ofDays(7));
        composeAndSend();
        smtp = startSmtp();
        composeAndSend();
        assertEquals(List.of(), mailsTo(resident), "not tried again before the first wait is over");
        clock.moveBy(Duration.ofMinutes(1));
        composeAndSend();
        composeAndSend();

        var mail = theOneMailTo(resident);
        var body = (String) mail.getContent();
        assertAll(
            () -> assertEquals("Samskap: 1 new notification", mail.getSubject()),
            () -> assertTrue(body.contains("This has happened since last time"), body),
            () -> assertTrue(body.contains("has been answered by the municipality"), body),
            () -> assertTrue(mail.getMessageID().matches("<[0-9a-f-]{36}@samskap\\.test>"), mail.getMessageID()));
    }

    @Test
    void aPersonWhoNeverChoseADigestGetsNoMail() throws Exception {
        var resident = person();
        var idea = followedIdea(resident, "Stille lesesal");
        feeds.aboutAnIdea(resident, idea, "Stille lesesal", "published", "", clock.instant().plusSeconds(1));
        awaitUnread(resident, 1);

        clock.moveBy(Duration.ofDays(8));
        composeAndSend();

        assertEquals(List.of(), mailsTo(resident));
        assertTrue(visits.get(resident, "/meg").body().contains("id=\"digest-off\" name=\"frequency\" value=\"off\" checked"));
    }

    @Test
    void aFrequencyThatIsNoneOfTheThreeIsRefusedNamingTheField() {
        var response = visits.post(person(), "/meg/varsler/sammendrag", "frequency=hourly");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null));
        assertTrue(response.body().contains("\"frequency\""), response.body());
    }

    private record Follower(Person person, String idea) {
    }

    /** A resident who follows an idea, chose the digest in a language, and is told of the idea's answer. */
    private Follower toldOfAnAnswer(String title, String frequency, String language, String answer) {
        var resident = person();
        var idea = followedIdea(resident, title);
        assertEquals("/meg?varsler=sammendrag#notification-digest", chooseDigest(resident, frequency, language));
        feeds.aboutAnIdea(resident, idea, title, "answered", answer, clock.instant().plusSeconds(1));
        awaitUnread(resident, 1);
        return new Follower(resident, idea);
    }

    private String followedIdea(Person resident, String title) {
        var idea = UUID.randomUUID().toString();
        ideas.submittedAndPublished(idea, "1833", title);
        ideas.send(ProposalsMessages.IDEA_FOLLOWED, new IdeaFollowed(idea, FeedStoriesOnKafka.subjectOf(resident),
            clock.instant()), "1833", idea);
        eventually(() -> assertTrue(visits.get(resident, "/api/me/follows").body().contains(idea)));
        return idea;
    }

    private String chooseDigest(Person resident, String frequency, String language) {
        var response = visits.post(resident, "/meg/varsler/sammendrag?lang=" + language, "frequency=" + frequency);
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    private void awaitUnread(Person resident, int unread) {
        eventually(() -> assertTrue(visits.get(resident, "/api/me/notifications").body()
            .contains("\"unreadCount\":" + unread)));
    }

    private void composeAndSend() {
        gateway.bean(DigestComposer.class).composeDue();
        gateway.bean(MailSender.class).sendDue();
    }

    private MimeMessage theOneMailTo(Person person) {
        var mails = mailsTo(person);
        assertEquals(1, mails.size(), "mails to " + person.username());
        return mails.get(0);
    }

    private List<MimeMessage> mailsTo(Person person) {
        var address = person.username() + "@innbygger.test";
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private GreenMail startSmtp() {
        var server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Person person() {
        return new Person("digest-" + UUID.randomUUID(), "Nora Digest", "1833", List.of("resident"));
    }
}
