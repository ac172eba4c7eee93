package no.samskap.systemtests;

import no.samskap.testkit.browser.Gone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole Kommune 3.0 loop, walked in real browsers against the README's start command (shared with the other
 * loops) with its real Keycloak, axe on every page: a resident of Ullensvang (pre-moderation) submits an idea; staff
 * publish it, another resident supports it, and staff accept it with a response date; the supporter's association
 * offers help and staff accept the offer; staff make the event from the idea (the offer brings its co-host), give it a
 * start a few minutes ahead and a shift that needs a politiattest, and publish it; the supporter, whose sighting the
 * demo data recorded, takes the shift; both residents register; at the door the organiser checks all three in, and
 * once the event has started completes it. The author then gives feedback with a wish for what comes next; staff answer
 * it and make the wish a new idea with the author's consent; the first idea shows realised with its event and the
 * feedback, and its supporter was told. Each phase signs in afresh, as the login lasts five minutes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLaunch.class)
class WholeLoopInTheBrowserIT {

    private static final String STAFF = "ullensvang-staff";
    private static final String AUTHOR = "ullensvang-resident";
    /** Supports the idea, offers help as admin of the co-host, volunteers with a sighted politiattest, registers. */
    private static final String SUPPORTER = "ullensvang-association-admin";
    private static final String CO_HOST = "Folgefonna Musikklag";
    private static final String ROLE = "Vaksen med barna i lesekroken";
    private static final String WISH = "Ein lesekveld for ungdom med lydbøker og podkast neste haust.";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /**
     * Registration closes when the event starts and completion opens then: far enough ahead for staff to describe and
     * publish it and for two people to sign up, near enough that the test does not wait long.
     */
    private static final Duration LEAD = Duration.ofMinutes(3);

    private final List<Browser> browsers = new ArrayList<>();
    private LaunchedPlatform platform;

    @BeforeAll
    void start(LaunchedPlatform launched) {
        platform = launched;
    }

    @AfterAll
    void stop() {
        browsers.forEach(Browser::close);
    }

    @Test
    void anIdeaBecomesAStaffedEventWhoseFeedbackBecomesTheNextIdeaAndItsSupportersAreTold() throws Exception {
        var title = "Lesekveld på Odda bibliotek " + UUID.randomUUID().toString().substring(0, 6);
        var idea = acceptedWithHelpOffered(title);

        var organiser = signedIn(STAFF, "/ideer/" + idea + "/logg-inn", "/ideer/" + idea);
        var event = madeFromTheIdeaByStaff(organiser, idea, title);
        var startsAt = LocalDateTime.now(OSLO).plus(LEAD).truncatedTo(ChronoUnit.MINUTES);
        describedWithAShiftThatNeedsAnAttest(organiser, event, startsAt);
        published(organiser, event);
        var volunteer = signedIn(SUPPORTER, "/meg");
        shiftTakenByTheSightedVolunteer(volunteer, event);
        var author = signedIn(AUTHOR, "/meg");
        registered(author, event);
        registered(volunteer, event);
        checkedInAtTheDoor(organiser, event);
        completedOnceStarted(organiser, event, startsAt);
        closeAll(organiser, volunteer, author);

        var attendee = signedIn(AUTHOR, "/meg");
        var feedback = givenByTheAttendee(attendee, event);
        closeAll(attendee);
        var staff = signedIn(STAFF, "/stab/innboks");
        answeredByStaff(staff, feedback);
        madeIntoANewIdeaByStaff(staff, feedback);

        realisedWithItsEventAndFeedback(staff, idea, event);
        theSupporterWasTold(signedIn(SUPPORTER, "/meg"), idea);
    }

    @Test
    void theDemoFeedbackOnACompletedDemoEventAndTheIdeaMadeOfFeedbackAreThereOnStart() throws Exception {
        platform.ideaOnTheBoard("1833", "Lydstudio på ungdomsklubben");
        var cinema = platform.ideaOnTheBoard("1833", "Sommerkino i Byparken");
        var visitor = started();

        visitor.driver.get(platform.gateway() + "/ideer/" + cinema);
        var said = visitor.reloadUntilPresent(By.cssSelector("#idea-feedback .feedback-entries li"));
        assertTrue(visitor.driver.findElement(By.id("idea-feedback")).getText().contains("Fantastisk kveld i Byparken"),
            said.getText());
        visitor.assertAccessible("a demo idea realised by a demo event, with what its attendees said");
    }

    /** Submitted, published, supported, offered help by an association and accepted; returns the idea's id. */
    private String acceptedWithHelpOffered(String title) {
        var author = signedIn(AUTHOR, "/ideer/ny");
        author.assertAccessible("the submit form with the municipality's own choices");
        author.driver.findElement(By.id("title")).sendKeys(title);
        author.driver.findElement(By.id("body")).sendKeys("Ein kveld i månaden der vi les høgt for kvarandre på "
            + "biblioteket.\nMed kaffi, og kanskje musikk.");
        author.driver.findElement(By.cssSelector("#serviceArea option[value='bibliotek']")).click();
        author.driver.findElement(By.id("idea-submit")).click();
        author.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("received")));
        author.assertAccessible("the confirmation that an idea waits for moderation");

        var staff = signedIn(STAFF, "/stab/innboks");
        var held = staff.reloadUntilPresent(By.xpath("//section[@id='to-moderate']//article[contains(., '" + title
            + "')]"));
        var idea = held.getAttribute("data-idea-id");
        staff.driver.findElement(By.id("publish-button-" + idea)).click();
        staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));

        var supporter = signedIn(SUPPORTER, "/ideer/" + idea + "/logg-inn", "/ideer/" + idea);
        supporter.driver.findElement(By.cssSelector("#support button")).click();
        supporter.waitUntil(ExpectedConditions.textToBe(By.id("support-count"), "1"));
        supporter.reloadUntilPresent(By.xpath("//form[@id='offer-help-form']//select[@id='associationId']"
            + "/option[contains(., '" + CO_HOST + "')]")).click();
        supporter.driver.findElement(By.cssSelector("#offer-help-form #kind option[value='hours']")).click();
        supporter.driver.findElement(By.cssSelector("#offer-help-form #hours")).sendKeys("4");
        supporter.driver.findElement(By.cssSelector("#offer-help-form #description")).sendKeys("Tre av oss spelar "
            + "stille musikk i pausane.");
        supporter.driver.findElement(By.cssSelector("#offer-help-form button[type='submit']")).click();
        supporter.waitUntil(ExpectedConditions.urlContains("hjelp=tilbudt"));
        supporter.assertAccessible("an idea page with support given and help offered");

        staff.driver.get(platform.gateway() + "/stab/innboks");
        var respondBy = LocalDate.now(OSLO).plusDays(21).toString();
        // A date field's keyboard format follows the browser's locale; the value it submits is always ISO.
        staff.driver.executeScript("arguments[0].value = arguments[1];",
            staff.driver.findElement(By.id("assess-respondBy-" + idea)), respondBy);
        staff.driver.findElement(By.id("assess-button-" + idea)).click();
        staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        staff.driver.findElement(By.id("answer-outcome-" + idea)).click();
        staff.driver.findElement(By.id("answer-answer-" + idea)).sendKeys("Biblioteket i Odda set av første "
            + "torsdagen i månaden.");
        staff.driver.findElement(By.id("answer-button-" + idea)).click();
        staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));

        var offer = staff.reloadUntilPresent(By.xpath("//section[@id='help-offers-to-answer']//article"
            + "[.//a[@href='/ideer/" + idea + "']][contains(., '" + CO_HOST + "')]"));
        staff.assertAccessible("the staff inbox with an offer of help on an accepted idea");
        offer.findElement(By.cssSelector("form[action$='/godkjenning'] button")).click();
        staff.waitUntil(ExpectedConditions.urlContains("/stab/innboks?"));
        closeAll(author, staff, supporter);
        return idea;
    }

    /**
     * Returns the new draft's id, from the organiser page the idea page's button leads to. The gateway offers the button
     * once it heard of the acceptance; the events service may hear of it a moment later, so it is pressed again then.
     */
    private String madeFromTheIdeaByStaff(Browser staff, String idea, String title) {
        var button = By.cssSelector(".idea-to-event form[action='/arrangementer/fra-ide/" + idea + "'] button");
        staff.reloadUntilPresent(button);
        staff.assertAccessible("an accepted idea's page as staff see it, with the way to an event");
        var deadline = Instant.now().plus(Browser.CATCHING_UP);
        while (true) {
            staff.reloadUntilPresent(button).click();
            try {
                new WebDriverWait(staff.driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains(
                    "/organisering?ferdig=fromIdea"));
                break;
            } catch (TimeoutException notYetKnown) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYetKnown;
                }
                staff.driver.get(platform.gateway() + "/ideer/" + idea);
            }
        }
        var url = staff.driver.getCurrentUrl();
        assertTrue(staff.driver.findElement(By.tagName("h1")).getText().contains(title), "the idea's title is taken");
        staff.assertAccessible("the organiser page of a draft made from an idea");
        return url.substring(url.indexOf("/arrangementer/") + "/arrangementer/".length(), url.indexOf("/organisering"));
    }

    private void describedWithAShiftThatNeedsAnAttest(Browser staff, String event, LocalDateTime startsAt) {
        staff.driver.get(platform.gateway() + "/arrangementer/" + event + "/endre");
        var coHost = staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(
            "//input[@name='coHostIds'][@id=//label[contains(., '" + CO_HOST + "')]/@for]")));
        assertTrue(coHost.isSelected(), "the accepted offer of help made its association a co-host");
        setValue(staff, "startsAt", startsAt.toString());
        setValue(staff, "endsAt", startsAt.plusHours(2).toString());
        staff.driver.findElement(By.id("capacity")).clear();
        staff.driver.findElement(By.id("capacity")).sendKeys("2");
        staff.assertAccessible("the event form filled in from a draft");
        staff.driver.findElement(By.cssSelector("form.event-form button[type='submit']")).click();
        staff.waitUntil(ExpectedConditions.urlContains("/organisering?ferdig=changed"));

        staff.driver.findElement(By.cssSelector("details.new-shift summary")).click();
        staff.driver.findElement(By.id("role")).sendKeys(ROLE);
        setValue(staff, "shift-startsAt", startsAt.toString());
        setValue(staff, "shift-endsAt", startsAt.plusHours(2).toString());
        staff.driver.findElement(By.id("needed")).sendKeys("1");
        staff.driver.findElement(By.id("attestRequired")).click();
        staff.driver.findElement(By.cssSelector("details.new-shift button[type='submit']")).click();
        staff.waitUntil(ExpectedConditions.urlContains("/organisering?ferdig=shiftCreated"));
        assertTrue(staff.driver.findElement(By.cssSelector("main")).getText().contains(ROLE), "the shift is listed");
    }

    private void published(Browser staff, String event) {
        staff.driver.findElement(By.cssSelector("form[action='/arrangementer/" + event + "/publisering'] button"))
            .click();
        staff.waitUntil(ExpectedConditions.urlContains("/organisering?ferdig=published"));
        staff.assertAccessible("the organiser page of a published event with a co-host and a shift");
    }

    private void shiftTakenByTheSightedVolunteer(Browser volunteer, String event) {
        volunteer.driver.get(platform.gateway() + "/arrangementer/" + event);
        var signUp = volunteer.reloadUntilPresent(By.xpath("//section[@id='shifts']//li[contains(., '" + ROLE
            + "')]//form//button"));
        volunteer.assertAccessible("a published event's page with a shift that needs a politiattest");
        signUp.click();
        volunteer.waitUntil(ExpectedConditions.urlContains("vakt=pameldt"));
        volunteer.waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath("//section[@id='shifts']//li"
            + "[contains(., '" + ROLE + "')]//strong")));
        volunteer.assertAccessible("a published event's page with the volunteer's own shift");
    }

    private void registered(Browser resident, String event) {
        resident.driver.get(platform.gateway() + "/arrangementer/" + event);
        resident.reloadUntilPresent(By.id("register")).click();
        resident.waitUntil(ExpectedConditions.urlContains("pamelding=mottatt"));
        resident.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("my-registration")));
        resident.assertAccessible("a published event's page with the resident's own registration");
    }

    /** The volunteer for the shift, then each registrant, until no one is left to check in. */
    private void checkedInAtTheDoor(Browser staff, String event) {
        staff.driver.get(platform.gateway() + "/arrangementer/" + event + "/innsjekk");
        staff.reloadUntilPresent(By.cssSelector("form[action*='/vakter/'][action*='/innsjekk/'] button"));
        staff.assertAccessible("the check-in page with registrants and a volunteer");
        var forms = By.cssSelector("form[action*='/innsjekk/'] button");
        for (var left = 3; left > 0 && !staff.driver.findElements(forms).isEmpty(); left--) {
            var next = staff.driver.findElement(forms);
            next.click();
            staff.waitUntil(Gone.from(next));
            staff.waitUntil(ExpectedConditions.urlContains("ferdig=checkedIn"));
        }
        assertAll(
            () -> assertTrue(staff.driver.findElements(forms).isEmpty(), "no one is left to check in"),
            () -> assertEquals(3, staff.driver.findElements(By.cssSelector(".check-in-row .ds-tag")).size(),
                "two registrants and the volunteer are in"));
    }

    /** The step to complete it is offered once the event has started; the wait is bounded by its start. */
    private void completedOnceStarted(Browser staff, String event, LocalDateTime startsAt) {
        staff.driver.get(platform.gateway() + "/arrangementer/" + event + "/organisering");
        var untilStarted = Duration.between(LocalDateTime.now(OSLO), startsAt).plusSeconds(30);
        var complete = staff.reloadUntilPresent(By.cssSelector("form[action='/arrangementer/" + event
            + "/fullforing'] button"), untilStarted.isNegative() ? Browser.CATCHING_UP : untilStarted);
        complete.click();
        staff.waitUntil(ExpectedConditions.urlContains("/organisering?ferdig=completed"));
        staff.assertAccessible("the organiser page of a completed event");
    }

    /** The form shows once the feedback service has heard of the completion; returns the feedback's id. */
    private String givenByTheAttendee(Browser attendee, String event) {
        attendee.driver.get(platform.gateway() + "/arrangementer/" + event);
        attendee.reloadUntilPresent(By.id("feedback-form"));
        attendee.assertAccessible("a completed event's page with the feedback form for an attendee");
        attendee.driver.findElement(By.id("rating-5")).click();
        attendee.driver.findElement(By.id("text")).sendKeys("Fin kveld, og musikken i pausane var nydeleg.");
        attendee.driver.findElement(By.id("wishNext")).sendKeys(WISH);
        attendee.driver.findElement(By.id("ideaConsent")).click();
        attendee.driver.findElement(By.id("give-feedback")).click();
        attendee.waitUntil(ExpectedConditions.urlContains("?ferdig=given"));
        attendee.assertAccessible("the attendee's own feedback just given");
        var url = attendee.driver.getCurrentUrl();
        return url.substring(url.indexOf("/tilbakemeldinger/") + "/tilbakemeldinger/".length(), url.indexOf('?'));
    }

    private void answeredByStaff(Browser staff, String feedback) {
        var waiting = staff.reloadUntilPresent(By.cssSelector("li[data-feedback-id='" + feedback + "']"));
        assertTrue(waiting.getText().contains(WISH), waiting.getText());
        staff.assertAccessible("the staff inbox with feedback waiting for an answer");
        staff.driver.findElement(By.id("answer-" + feedback)).sendKeys("Takk! Vi prøver ein lesekveld for ungdom "
            + "i september.");
        waiting.findElement(By.cssSelector("form[action$='/svar'] button")).click();
        staff.waitUntil(ExpectedConditions.urlContains("/stab/innboks?utfort="));
    }

    /** On the feedback's page staff see the author consented, and make the wish an idea of the event's unit. */
    private void madeIntoANewIdeaByStaff(Browser staff, String feedback) {
        staff.driver.get(platform.gateway() + "/tilbakemeldinger/" + feedback);
        staff.reloadUntilPresent(By.id("public-answer"));
        var form = staff.reloadUntilPresent(By.id("idea-form"));
        assertEquals(WISH, staff.driver.findElement(By.id("idea-body")).getAttribute("value"));
        staff.assertAccessible("a feedback page as staff see it, with the way to an idea");
        staff.driver.findElement(By.id("idea-title")).sendKeys("Lesekveld for ungdom");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        staff.waitUntil(ExpectedConditions.urlContains("?ferdig=idea"));
        staff.reloadUntilPresent(By.cssSelector("#made-idea a[href^='/ideer/']"));
        staff.assertAccessible("a feedback page linking the idea made of it");
    }

    private void realisedWithItsEventAndFeedback(Browser anyone, String idea, String event) {
        anyone.driver.get(platform.gateway() + "/ideer/" + idea);
        anyone.reloadUntilPresent(By.xpath("//dd[@id='status'][contains(., 'Gjennomført')]"));
        anyone.reloadUntilPresent(By.cssSelector("#realised-by a[href='/arrangementer/" + event + "']"));
        var said = anyone.reloadUntilPresent(By.cssSelector("#idea-feedback .feedback-entries li"));
        assertTrue(said.getText().contains("musikken i pausane"), said.getText());
        anyone.assertAccessible("an idea page of an idea an event realised, with what its attendees said");
    }

    private void theSupporterWasTold(Browser supporter, String idea) {
        var told = supporter.reloadUntilPresent(By.xpath("//ol[@id='notifications']/li[@data-subject-id='" + idea
            + "'][contains(., 'er gjennomført')]"));
        assertTrue(told.getText().length() > 0, "the notification names the idea");
        supporter.assertAccessible("my page with the notification that a supported idea was realised");
    }

    private Browser signedIn(String user, String path) {
        return signedIn(user, path, path);
    }

    /** A fresh browser signed in at Keycloak: a login lasts five minutes, so each phase of the loop starts its own. */
    private Browser signedIn(String user, String path, String landing) {
        var browser = started();
        browser.signIn(platform.gateway() + path, user, "demo-" + user, platform.gateway() + landing);
        return browser;
    }

    private Browser started() {
        var browser = Browser.start();
        browsers.add(browser);
        return browser;
    }

    /** Two cores carry the platform and the browsers: a phase's browsers close when it ends. */
    private void closeAll(Browser... done) {
        for (var browser : done) {
            browsers.remove(browser);
            browser.close();
        }
    }

    private static void setValue(Browser browser, String id, String value) {
        browser.driver.executeScript("arguments[0].value = arguments[1];", browser.driver.findElement(By.id(id)),
            value);
    }
}
