package no.samskap.gateway.ideas.staff;

import io.micronaut.transaction.TransactionOperations;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.platform.consumption.ReadModelReplay;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static no.samskap.gateway.ideas.staff.StaffViewers.ids;
import static no.samskap.gateway.ideas.staff.StaffViewers.resident;
import static no.samskap.gateway.ideas.staff.StaffViewers.staff;
import static no.samskap.gateway.ideas.staff.StaffViewers.subjectOf;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff inbox, built from real messages on Kafka and read through the gateway's API: what waits for staff
 * arrives, what they handled leaves, and each municipality's staff see only their own.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffInboxIT {

    private GatewayUnderTest gateway;
    private StaffStoriesOnKafka stories;
    private StaffViewers viewers;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        stories = new StaffStoriesOnKafka(infrastructure);
        viewers = new StaffViewers(gateway);
    }

    @AfterAll
    void stop() {
        stories.close();
        gateway.close();
    }

    @Test
    void aSubmittedIdeaWaitsForModerationUntilItIsPublishedOrRejected() {
        var kari = staff("kari-5101", "5101");
        var published = stories.submitted("5101", "Lesesirkel på biblioteket");
        var rejected = stories.submitted("5101", "Reklame for min butikk");
        eventually(() -> assertEquals(Set.of(published, rejected), Set.copyOf(ids(viewers.inboxOf(kari).toModerate()))));
        var waiting = viewers.inboxOf(kari).toModerate().stream().filter(idea -> idea.ideaId().equals(published))
            .findFirst().orElseThrow();
        assertAll(
            () -> assertEquals("Lesesirkel på biblioteket", waiting.title()),
            () -> assertEquals("Beskrivelse av Lesesirkel på biblioteket", waiting.body()));

        stories.published("5101", published, subjectOf(kari));
        stories.rejected("5101", rejected, subjectOf(kari), "Gjelder ikke kulturtilbudet.");

        eventually(() -> assertEquals(List.of(), viewers.inboxOf(kari).toModerate()));
    }

    @Test
    void anIdeaHiddenAfterReportsWaitsForReviewUntilRestored() {
        var kari = staff("kari-5102", "5102");
        var idea = stories.published("5102", "Konsert i parken");
        stories.hidden("5102", idea, "samskap", "Skjult etter 3 rapporter.");

        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).hiddenIdeas())));
        var hidden = viewers.inboxOf(kari).hiddenIdeas().get(0);
        assertAll(
            () -> assertEquals("Skjult etter 3 rapporter.", hidden.reason()),
            () -> assertEquals("samskap", hidden.hiddenBy()),
            () -> assertFalse(hidden.hiddenByYou()));

        stories.restored("5102", idea, subjectOf(kari));
        eventually(() -> assertEquals(List.of(), viewers.inboxOf(kari).hiddenIdeas()));
    }

    @Test
    void reportsBelowTheThresholdWaitInTheirOwnSectionsWithTheirReasonsAndFollowAnItemIntoHidingUntilRestored() {
        var kari = staff("kari-5114", "5114");
        var idea = stories.published("5114", "Billige klokker");
        var comment = stories.commentAdded("5114", idea, "Kjøp her!");
        stories.reported("5114", idea, null, "Reklame <b>for</b> en nettbutikk.", 1);
        stories.reported("5114", idea, null, "Ikke kultur.", 2);
        stories.reported("5114", idea, comment, "Spam.", 1);

        eventually(() -> assertEquals(List.of(comment), ids(viewers.inboxOf(kari).reportedComments())));
        var inbox = viewers.inboxOf(kari);
        assertAll(
            () -> assertEquals(List.of(idea), ids(inbox.reportedIdeas())),
            () -> assertEquals(List.of("Reklame <b>for</b> en nettbutikk.", "Ikke kultur."),
                inbox.reportedIdeas().get(0).reports()),
            () -> assertEquals(List.of("Spam."), inbox.reportedComments().get(0).reports()));
        var page = viewers.get(kari, "/stab/innboks").body();
        var section = page.substring(page.indexOf("<section id=\"reported-ideas\""));
        assertTrue(section.contains("Meldt 2 ganger, fordi:"), page);
        assertTrue(section.contains("<li dir=\"auto\">Reklame &lt;b&gt;for&lt;/b&gt; en nettbutikk.</li>"), page);
        assertTrue(page.contains("<section id=\"reported-comments\""), page);
        assertTrue(page.contains("id=\"hide-comment-" + comment + "\""), page);
        assertTrue(viewers.get(kari, "/stab/innboks?lang=nn").body().contains("Meld 2 gonger, fordi:"));

        stories.hidden("5114", idea, subjectOf(kari), "Reklame.");
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).hiddenIdeas())));
        assertEquals(List.of(), viewers.inboxOf(kari).reportedIdeas());
        assertEquals(2, viewers.inboxOf(kari).hiddenIdeas().get(0).reports().size(), "the reasons go with it");

        stories.restored("5114", idea, subjectOf(kari));
        eventually(() -> assertEquals(List.of(), viewers.inboxOf(kari).hiddenIdeas()));
        assertEquals(List.of(), viewers.inboxOf(kari).reportedIdeas(), "restoring reviewed the reports");
        assertEquals(List.of(comment), ids(viewers.inboxOf(kari).reportedComments()));
    }

    @Test
    void aHiddenCommentWaitsForReviewUntilRestored() {
        var kari = staff("kari-5103", "5103");
        var idea = stories.published("5103", "Kino for barn");
        var comment = stories.commentAdded("5103", idea, "Dette er et stygt ord.");
        var other = stories.commentAdded("5103", idea, "God idé!");
        stories.commentHidden("5103", idea, comment, "samskap", "Skjult etter 2 rapporter.");

        eventually(() -> assertEquals(List.of(comment), ids(viewers.inboxOf(kari).hiddenComments())));
        var hidden = viewers.inboxOf(kari).hiddenComments().get(0);
        assertAll(
            () -> assertEquals(idea, hidden.ideaId()),
            () -> assertEquals("Kino for barn", hidden.ideaTitle()),
            () -> assertEquals("Dette er et stygt ord.", hidden.body()),
            () -> assertNotEquals(other, hidden.commentId()));

        stories.commentRestored("5103", idea, comment, subjectOf(kari));
        eventually(() -> assertEquals(List.of(), viewers.inboxOf(kari).hiddenComments()));
    }

    @Test
    void anAppealShowsWhoMadeTheDecisionAndOnlyAnotherModeratorMayDecideIt() {
        var kari = staff("kari-5104", "5104");
        var ola = staff("ola-5104", "5104");
        var idea = stories.published("5104", "Graffitivegg");
        stories.hidden("5104", idea, subjectOf(kari), "Oppfordrer til tagging.");
        stories.appealed("5104", idea, "hidden");

        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).appeals())));
        var asKari = viewers.inboxOf(kari);
        var asOla = viewers.inboxOf(ola).appeals().get(0);
        assertAll(
            () -> assertEquals(List.of(), asKari.hiddenIdeas(), "an appealed hiding waits as the appeal, not twice"),
            () -> assertEquals("hidden", asKari.appeals().get(0).against()),
            () -> assertEquals("Oppfordrer til tagging.", asKari.appeals().get(0).reason()),
            () -> assertEquals(subjectOf(kari), asKari.appeals().get(0).decidedBy()),
            () -> assertTrue(asKari.appeals().get(0).decidedByYou()),
            () -> assertFalse(asKari.appeals().get(0).mayDecide()),
            () -> assertFalse(asOla.decidedByYou()),
            () -> assertTrue(asOla.mayDecide()));

        stories.appealDecided("5104", idea, false, subjectOf(ola));
        eventually(() -> assertEquals(List.of(), viewers.inboxOf(ola).appeals()));
        assertEquals(List.of(), viewers.inboxOf(ola).hiddenIdeas(), "a hiding the appeal upheld stands for good");
    }

    @Test
    void anAppealAgainstARejectionNamesTheRejectingModeratorAndLeavesWhenUpheld() {
        var kari = staff("kari-5105", "5105");
        var ola = staff("ola-5105", "5105");
        var idea = stories.submitted("5105", "Dataspillkveld");
        stories.rejected("5105", idea, subjectOf(ola), "For likt en annen idé.");
        stories.appealed("5105", idea, "rejected");

        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).appeals())));
        var appeal = viewers.inboxOf(kari).appeals().get(0);
        assertAll(
            () -> assertEquals("rejected", appeal.against()),
            () -> assertEquals(subjectOf(ola), appeal.decidedBy()),
            () -> assertTrue(appeal.mayDecide()));

        stories.appealDecided("5105", idea, true, subjectOf(kari));
        stories.published("5105", idea, subjectOf(kari));
        // The publication comes after the decision on the idea's partition: an empty appeals list alone may be seen
        // before it, while the decided idea still waits for moderation.
        eventually(() -> {
            assertEquals(List.of(), viewers.inboxOf(kari).appeals());
            assertEquals(List.of(), viewers.inboxOf(kari).toModerate());
        });
    }

    @Test
    void ideasUnderAssessmentArePastTheirResponseDateOrDueWithinSevenDaysUntilAnswered() {
        var kari = staff("kari-5106", "5106");
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        var overdue = stories.published("5106", "Sommerkino");
        var dueSoon = stories.published("5106", "Juleverksted");
        var later = stories.published("5106", "Vinterfestival");
        stories.assessmentStarted("5106", overdue, today.minusDays(3));
        stories.assessmentStarted("5106", dueSoon, today.plusDays(7));
        stories.assessmentStarted("5106", later, today.plusDays(8));

        // The three ideas live on different partitions: wait until every one has arrived.
        eventually(() -> {
            var seen = viewers.inboxOf(kari);
            assertEquals(List.of(dueSoon), ids(seen.dueSoon()));
            assertEquals(List.of(overdue), ids(seen.overdue()));
            assertEquals(List.of(later), ids(seen.assessing()));
        });
        var inbox = viewers.inboxOf(kari);
        assertAll(
            () -> assertEquals(List.of(overdue), ids(inbox.overdue())),
            () -> assertEquals(-3, inbox.overdue().get(0).daysLeft()),
            () -> assertEquals(today.minusDays(3), inbox.overdue().get(0).respondBy()),
            () -> assertEquals(7, inbox.dueSoon().get(0).daysLeft()),
            () -> assertEquals(List.of(later), ids(inbox.assessing())),
            () -> assertEquals(2, inbox.count(), "an answer due in eight days waits for nobody yet"));

        stories.answered("5106", overdue);
        eventually(() -> assertEquals(List.of(), viewers.inboxOf(kari).overdue()));
    }

    @Test
    void aMovedResponseDateTakesAnOverdueIdeaOutOfOverdueAndItsDaysAreCountedToTheNewDate() {
        var kari = staff("kari-5112", "5112");
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        var idea = stories.published("5112", "Lesekveld for ungdom");
        stories.assessmentStarted("5112", idea, today.minusDays(2));
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).overdue())));

        stories.responseDateChanged("5112", idea, today.minusDays(2), today.plusDays(5));

        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).dueSoon())));
        var inbox = viewers.inboxOf(kari);
        assertAll(
            () -> assertEquals(List.of(), inbox.overdue()),
            () -> assertEquals(today.plusDays(5), inbox.dueSoon().get(0).respondBy()),
            () -> assertEquals(5, inbox.dueSoon().get(0).daysLeft()));
    }

    @Test
    void aPublishedIdeaWaitsForAssessmentUntilStaffStartOneAndAHiddenOneDoesNot() {
        var kari = staff("kari-5110", "5110");
        var waiting = stories.published("5110", "Bokbuss til bygdene");
        var hidden = stories.published("5110", "Kjøp billige billetter her");
        stories.hidden("5110", hidden, "samskap", "Reklame.");

        // The two ideas live on different partitions: wait for each.
        eventually(() -> {
            var seen = viewers.inboxOf(kari);
            assertEquals(List.of(hidden), ids(seen.hiddenIdeas()));
            assertEquals(List.of(waiting), ids(seen.toAssess()));
        });
        var inbox = viewers.inboxOf(kari);
        assertAll(
            () -> assertEquals(List.of(waiting), ids(inbox.toAssess())),
            () -> assertEquals("Bokbuss til bygdene", inbox.toAssess().get(0).title()),
            () -> assertEquals(0, inbox.toAssess().get(0).supportCount()));

        stories.assessmentStarted("5110", waiting, LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(30));
        eventually(() -> assertEquals(List.of(), viewers.inboxOf(kari).toAssess()));
        assertEquals(List.of(waiting), ids(viewers.inboxOf(kari).assessing()));
    }

    @Test
    void anIdeaThatReachedTheSupportThresholdWaitsInItsOwnSectionUntilStaffStartTheAssessment() {
        var kari = staff("kari-5113", "5113");
        var popular = stories.published("5113", "Utekino i sommerferien");
        var other = stories.published("5113", "Lesesirkel for eldre");
        stories.thresholdReached("5113", popular, 25);

        // The two ideas may live on different partitions, applied side by side: wait for each.
        eventually(() -> {
            var seen = viewers.inboxOf(kari);
            assertEquals(List.of(popular), ids(seen.thresholdReached()));
            assertEquals(2, seen.count());
        });
        var inbox = viewers.inboxOf(kari);
        assertAll(
            () -> assertEquals(List.of(other), ids(inbox.toAssess()), "listed once, in the threshold's section"),
            () -> assertEquals(25, inbox.thresholdReached().get(0).supportCount()),
            () -> assertNotNull(inbox.thresholdReached().get(0).thresholdReachedAt()),
            () -> assertEquals(2, inbox.count()));
        var page = viewers.get(kari, "/stab/innboks").body();
        var section = page.substring(page.indexOf("<section id=\"threshold-reached\""));
        assertTrue(section.contains("Nådd terskelen, venter på vurdering"), page);
        assertTrue(section.substring(0, section.indexOf("</section>")).contains("Utekino i sommerferien"), page);
        assertTrue(viewers.get(kari, "/stab/innboks?lang=en").body()
            .contains("Reached the threshold, waiting for assessment"));

        stories.assessmentStarted("5113", popular, LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(30));
        eventually(() -> assertEquals(List.of(), viewers.inboxOf(kari).thresholdReached()));
    }

    @Test
    void staffOfAnotherMunicipalitySeeNothingOfThisOne() {
        var kari = staff("kari-5107", "5107");
        var elsewhere = staff("per-5108", "5108");
        var idea = stories.submitted("5107", "Bygdekino");
        stories.hidden("5107", stories.published("5107", "Åpen scene"), "samskap", "Skjult etter 3 rapporter.");
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).toModerate())));
        eventually(() -> assertEquals(1, viewers.inboxOf(kari).hiddenIdeas().size()));

        var theirs = viewers.inboxOf(elsewhere);
        assertAll(
            () -> assertEquals("5108", theirs.municipality()),
            () -> assertEquals(0, theirs.count()),
            () -> assertFalse(viewers.get(elsewhere, "/api/staff/inbox").body().contains(idea)));
    }

    @Test
    void anAdminOfTheMunicipalitySeesItsInboxToo() {
        var idea = stories.submitted("5109", "Teaterverksted");
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(StaffViewers.admin("anne-5109", "5109")).toModerate())));
    }

    @Test
    void residentsAreRefusedAndAnonymousVisitorsAreAskedToSignInWithProblemJson() {
        var asResident = viewers.get(resident("5110"), "/api/staff/inbox");
        var anonymously = gateway.get("/api/staff/inbox");
        assertAll(
            () -> assertEquals(403, asResident.statusCode()),
            () -> assertEquals("application/problem+json", asResident.headers().firstValue("Content-Type").orElse(null)),
            () -> assertEquals(401, anonymously.statusCode()),
            () -> assertEquals("application/problem+json", anonymously.headers().firstValue("Content-Type").orElse(null)),
            () -> assertTrue(anonymously.headers().firstValue("Location").isEmpty()));
    }

    @Test
    void replayingTheTopicRebuildsTheSameInbox() {
        var kari = staff("kari-5111", "5111");
        var ola = staff("ola-5111", "5111");
        stories.submitted("5111", "Bokbad");
        var hidden = stories.published("5111", "Korpskonsert");
        stories.hidden("5111", hidden, subjectOf(ola), "Upassende bilde.");
        stories.appealed("5111", hidden, "hidden");
        var assessed = stories.published("5111", "Dansekurs");
        stories.assessmentStarted("5111", assessed, LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(2));
        stories.commentHidden("5111", assessed, stories.commentAdded("5111", assessed, "Tull"), "samskap", "Skjult etter 2 rapporter.");
        eventually(() -> assertEquals(1, viewers.inboxOf(kari).hiddenComments().size()));
        eventually(() -> assertEquals(List.of(assessed), ids(viewers.inboxOf(kari).dueSoon())));
        eventually(() -> assertEquals(1, viewers.inboxOf(kari).appeals().size()));
        eventually(() -> assertEquals(4, viewers.inboxOf(kari).count()));
        var before = viewers.get(kari, "/api/staff/inbox").body();
        damage("update staff_inbox_idea set title = 'ødelagt'");
        assertNotEquals(before, viewers.get(kari, "/api/staff/inbox").body());

        gateway.bean(ReadModelReplay.class).replay();

        eventually(Duration.ofSeconds(60), () -> assertEquals(before, viewers.get(kari, "/api/staff/inbox").body()));
    }

    @SuppressWarnings("unchecked")
    private void damage(String statement) {
        var sql = gateway.bean(DSLContext.class);
        TransactionOperations<Connection> transactions = gateway.bean(TransactionOperations.class);
        transactions.executeWrite(status -> sql.execute(statement));
    }
}
