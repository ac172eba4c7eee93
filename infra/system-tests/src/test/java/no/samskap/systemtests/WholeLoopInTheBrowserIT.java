package no.samskap.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events loop, walked in real browsers against the README's start command (shared with the other loops): staff of
 * Ullensvang open an accepted demo idea and make it an event, describe it with a co-host and a start a few minutes
 * ahead and one seat, add a volunteer shift and publish it; a volunteer signs up for the shift; a resident takes the
 * seat and the volunteer, registering too, waits; the resident cancels and the volunteer is promoted; at the door the
 * organiser checks the volunteer in for the shift and the seat, and once the event has started completes it; the idea
 * page then shows the idea realised, linking the event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLaunch.class)
class EventLoopInTheBrowserIT {

    private static final String STAFF = "ullensvang-staff";
    private static final String VOLUNTEER = "ullensvang-association-admin";
    private static final String RESIDENT = "ullensvang-resident";
    /** An accepted demo idea of Ullensvang that no demo event realises (seeds/src/main/resources/seeds). */
    private static final String IDEA = "Bibliotekbuss til bygdene";
    private static final String CO_HOST = "Folgefonna Musikklag";
    private static final String ROLE = "Vert på bibliotekbussen";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /**
     * Registration closes when the event starts and completion opens then: far enough ahead for staff to describe and
     * publish it and for two people to sign up, near enough that the test does not wait long.
     */
    private static final Duration LEAD = Duration.ofMinutes(3);

    private LaunchedPlatform platform;
    private Browser staff;
    private Browser volunteer;
    private Browser resident;

    @BeforeAll
    void start(LaunchedPlatform launched) {
        platform = launched;
        staff = Browser.start();
        volunteer = Browser.start();
        resident = Browser.start();
    }

    @AfterAll
    void stop() {
        for (var browser : new Browser[] {staff, volunteer, resident}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void staffMakeAnAcceptedIdeaAnEventPeopleTakePartAndCompletingItRealisesTheIdea() throws Exception {
        var idea = platform.ideaOnTheBoard("4618", IDEA);
        var event = madeFromTheIdeaByStaff(idea);
        var startsAt = LocalDateTime.now(OSLO).plus(LEAD).truncatedTo(ChronoUnit.MINUTES);
        describedWithACoHostAndAShift(event, startsAt);
        published(event);

        signedUpForTheShiftByAVolunteer(event);
        registeredByAResident(event);
        waitlistedAndPromotedWhenTheResidentCancels(event);
        checkedInAtTheDoor(event);
        completedOnceStarted(event, startsAt);

        resident.driver.get(platform.gateway() + "/ideer/" + idea);
        resident.reloadUntilPresent(By.xpath("//dd[@id='status'][contains(., 'Gjennomført')]"));
        resident.reloadUntilPresent(By.cssSelector("#realised-by a[href='/arrangementer/" + event + "']"));
        resident.assertAccessible("an idea page of an idea an event realised");
    }

    /** Returns the new draft's id, from the organiser page the idea page's button leads to. */
    private String madeFromTheIdeaByStaff(String idea) {
        var page = platform.gateway() + "/ideer/" + idea;
        staff.signIn(page + "/logg-inn", STAFF, "demo-" + STAFF, page);
        var make = staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
            ".idea-to-event form[action='/arrangementer/fra-ide/" + idea + "'] button")));
        staff.assertAccessible("an accepted idea's page as staff see it, with the way to an event");
        make.click();
        staff.waitUntil(ExpectedConditions.urlContains("/organisering?ferdig=fromIdea"));
        var url = staff.driver.getCurrentUrl();
        assertTrue(staff.driver.findElement(By.tagName("h1")).getText().contains(IDEA), "the idea's title is taken");
        staff.assertAccessible("the organiser page of a draft made from an idea");
        return url.substring(url.indexOf("/arrangementer/") + "/arrangementer/".length(), url.indexOf("/organisering"));
    }

    private void describedWithACoHostAndAShift(String event, LocalDateTime startsAt) {
        staff.driver.get(platform.gateway() + "/arrangementer/" + event + "/endre");
        var description = staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("description")));
        description.clear();
        description.sendKeys("Bibliotekbussen køyrer til Utne, Kinsarvik og Tyssedal. Folgefonna Musikklag speler "
            + "når bussen kjem.");
        staff.driver.findElement(By.xpath("//input[@name='coHostIds'][@id=//label[contains(., '" + CO_HOST
            + "')]/@for]")).click();
        // A datetime-local field's keyboard format follows the browser's locale; the value it submits is always ISO.
        setValue(staff, "startsAt", startsAt.toString());
        setValue(staff, "endsAt", startsAt.plusHours(2).toString());
        staff.driver.findElement(By.id("capacity")).clear();
        staff.driver.findElement(By.id("capacity")).sendKeys("1");
        staff.assertAccessible("the event form filled in from a draft");
        staff.driver.findElement(By.cssSelector("form.event-form button[type='submit']")).click();
        staff.waitUntil(ExpectedConditions.urlContains("/organisering?ferdig=changed"));

        staff.driver.findElement(By.cssSelector("details.new-shift summary")).click();
        staff.driver.findElement(By.id("role")).sendKeys(ROLE);
        setValue(staff, "shift-startsAt", startsAt.toString());
        setValue(staff, "shift-endsAt", startsAt.plusHours(2).toString());
        staff.driver.findElement(By.id("needed")).sendKeys("2");
        staff.driver.findElement(By.cssSelector("details.new-shift button[type='submit']")).click();
        staff.waitUntil(ExpectedConditions.urlContains("/organisering?ferdig=shiftCreated"));
        assertTrue(staff.driver.findElement(By.cssSelector("main")).getText().contains(ROLE), "the shift is listed");
    }

    private void published(String event) {
        staff.driver.findElement(By.cssSelector("form[action='/arrangementer/" + event + "/publisering'] button"))
            .click();
        staff.waitUntil(ExpectedConditions.urlContains("/organisering?ferdig=published"));
        staff.assertAccessible("the organiser page of a published event with a co-host and a shift");
    }

    private void signedUpForTheShiftByAVolunteer(String event) {
        volunteer.signIn(platform.gateway() + "/meg", VOLUNTEER, "demo-" + VOLUNTEER, platform.gateway() + "/meg");
        volunteer.driver.get(platform.gateway() + "/arrangementer/" + event);
        var signUp = volunteer.reloadUntilPresent(By.xpath("//section[@id='shifts']//li[contains(., '" + ROLE
            + "')]//form//button"));
        volunteer.assertAccessible("a published event's page with a shift to sign up for");
        signUp.click();
        volunteer.waitUntil(ExpectedConditions.urlContains("vakt=pameldt"));
        volunteer.waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath("//section[@id='shifts']//li[contains(., '"
            + ROLE + "')]//strong")));
        volunteer.assertAccessible("a published event's page with the volunteer's own shift");
    }

    private void registeredByAResident(String event) {
        resident.signIn(platform.gateway() + "/meg", RESIDENT, "demo-" + RESIDENT, platform.gateway() + "/meg");
        resident.driver.get(platform.gateway() + "/kommuner/4618/arrangementer");
        var listed = resident.reloadUntilPresent(By.cssSelector("a[href='/arrangementer/" + event + "']"));
        resident.assertAccessible("the municipality's calendar with the new event");
        listed.click();
        resident.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("register"))).click();
        resident.waitUntil(ExpectedConditions.urlContains("pamelding=mottatt"));
        resident.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("my-registration")));
        resident.assertAccessible("a published event's page with the resident's own registration");
    }

    /** The one seat is the resident's: the volunteer waits, and moves up when the resident cancels. */
    private void waitlistedAndPromotedWhenTheResidentCancels(String event) {
        volunteer.driver.get(platform.gateway() + "/arrangementer/" + event);
        volunteer.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("register"))).click();
        volunteer.waitUntil(ExpectedConditions.urlContains("pamelding=mottatt"));
        volunteer.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("waitlist-position")));
        volunteer.assertAccessible("a full event's page with the volunteer on its waitlist");

        resident.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("cancel-registration"))).click();
        resident.waitUntil(ExpectedConditions.urlContains("pamelding=avmeldt"));

        volunteer.driver.get(platform.gateway() + "/arrangementer/" + event);
        volunteer.reloadUntilPresent(By.id("my-registration"));
        var deadline = System.nanoTime() + Browser.CATCHING_UP.toNanos();
        while (!volunteer.driver.findElements(By.id("waitlist-position")).isEmpty() && System.nanoTime() < deadline) {
            volunteer.driver.navigate().refresh();
            volunteer.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("my-registration")));
        }
        assertTrue(volunteer.driver.findElements(By.id("waitlist-position")).isEmpty(),
            "the first waiting was promoted to the freed seat");
        volunteer.assertAccessible("an event's page after the volunteer was promoted from the waitlist");
    }

    private void checkedInAtTheDoor(String event) {
        var door = platform.gateway() + "/arrangementer/" + event + "/innsjekk";
        staff.driver.get(door);
        staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
            "form[action*='/vakter/'][action*='/innsjekk/'] button")));
        staff.assertAccessible("the check-in page with a registrant and a volunteer");
        staff.driver.findElement(By.cssSelector("form[action*='/vakter/'][action*='/innsjekk/'] button")).click();
        staff.waitUntil(ExpectedConditions.urlContains("ferdig=checkedIn"));
        staff.driver.findElement(By.cssSelector("form[action^='/arrangementer/" + event + "/innsjekk/'] button"))
            .click();
        staff.waitUntil(ExpectedConditions.urlContains("ferdig=checkedIn"));
        assertAll(
            () -> assertTrue(staff.driver.findElements(By.cssSelector("form[action*='/innsjekk/']")).isEmpty(),
                "no one is left to check in"),
            () -> assertTrue(staff.driver.findElements(By.cssSelector(".check-in-row .ds-tag")).size() == 2,
                "the registrant and the volunteer are in"));
    }

    /** The step to complete it is offered once the event has started; the wait is bounded by its start. */
    private void completedOnceStarted(String event, LocalDateTime startsAt) {
        staff.driver.get(platform.gateway() + "/arrangementer/" + event + "/organisering");
        var untilStarted = Duration.between(LocalDateTime.now(OSLO), startsAt).plusSeconds(30);
        var complete = staff.reloadUntilPresent(By.cssSelector("form[action='/arrangementer/" + event
            + "/fullforing'] button"), untilStarted.isNegative() ? Browser.CATCHING_UP : untilStarted);
        complete.click();
        staff.waitUntil(ExpectedConditions.urlContains("/organisering?ferdig=completed"));
        staff.assertAccessible("the organiser page of a completed event");
    }

    private static void setValue(Browser browser, String id, String value) {
        browser.driver.executeScript("arguments[0].value = arguments[1];", browser.driver.findElement(By.id(id)),
            value);
    }
}
