package no.samskap.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first loop of co-creation, walked in real browsers against the README's start command with its real Keycloak:
 * a resident of Ullensvang (pre-moderation) submits an idea; a moderator publishes it; a second resident supports and
 * comments on it; staff start an assessment with a response date and accept it with an answer; and the first
 * resident, with the idea and their own page open, sees the answer and the notification arrive without reloading.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLaunch.class)
class IdeaLoopInTheBrowserIT {

    private static final String AUTHOR = "ullensvang-resident";
    private static final String SUPPORTER = "ullensvang-association-admin";
    private static final String STAFF = "ullensvang-staff";
    private static final String ANSWER = "Kulturhuset i Odda set av ein kveld i veka til dans for eldre frå januar.";

    private LaunchedPlatform platform;
    private Browser author;
    private Browser supporter;
    private Browser staff;

    @BeforeAll
    void start(LaunchedPlatform launched) {
        platform = launched;
        author = Browser.start();
        supporter = Browser.start();
        staff = Browser.start();
    }

    @AfterAll
    void stop() {
        for (var browser : new Browser[] {author, supporter, staff}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void anIdeaGoesFromAResidentThroughModerationSupportAndAssessmentToAnAnswerTheResidentSeesLive() {
        var title = "Dansekveld for eldre i Odda " + UUID.randomUUID().toString().substring(0, 6);

        var idea = submittedByTheAuthor(title);
        publishedByAModerator(idea);
        supportedAndDiscussedByAnotherResident(idea);

        var ideaTab = openTheIdeaAndTheirOwnPage(idea);
        assessedAndAcceptedByStaff(idea);

        author.driver.switchTo().window(ideaTab);
        author.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("idea-answer"), ANSWER));
        assertTrue(author.driver.findElement(By.id("status")).getText().contains("Vedtatt"),
            "the status changed on the open page too");
        assertTrue(author.driver.findElement(By.id("live-status")).getText().length() > 0,
            "screen readers are told the page changed");
        author.driver.switchTo().window(author.driver.getWindowHandles().stream()
            .filter(handle -> !handle.equals(ideaTab)).findFirst().orElseThrow());
        // Opened before the answer, never reloaded by the test: the answer's notification arrives on its own.
        var answered = author.waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(
            "//ol[@id='notifications']/li[@data-subject-id='" + idea + "'][contains(., 'har fått svar fra kommunen')]")));
        assertAll(
            () -> assertTrue(answered.getText().contains(title), answered.getText()),
            () -> assertTrue(answered.getAttribute("class").contains("unread"), "marked unread"));
    }

    /** Returns the new idea's id, read from the moderator's inbox since a held idea has no public page yet. */
    private String submittedByTheAuthor(String title) {
        author.signIn(platform.gateway() + "/ideer/ny", AUTHOR, "demo-" + AUTHOR, platform.gateway() + "/ideer/ny");
        author.assertAccessible("the submit form with the municipality's own choices");
        author.driver.findElement(By.id("title")).sendKeys(title);
        author.driver.findElement(By.id("body")).sendKeys("Mange eldre vil danse, men det finst ingen stad å gå.\n"
            + "Ein kveld i veka i kulturhuset hadde vore nok.");
        author.driver.findElement(By.cssSelector("#serviceArea option[value='kulturhus']")).click();
        author.driver.findElement(By.id("targetGroups-eldre")).click();
        author.driver.findElement(By.id("idea-submit")).click();
        author.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("received")));
        assertEquals(platform.gateway() + "/ideer/ny/mottatt", author.driver.getCurrentUrl());
        author.assertAccessible("the confirmation that an idea waits for moderation");

        staff.signIn(platform.gateway() + "/stab/innboks", STAFF, "demo-" + STAFF, platform.gateway() + "/stab/innboks");
        var held = itemTitled(staff, "to-moderate", title);
        staff.assertAccessible("the staff inbox with demo data and a new idea to moderate");
        return held.getAttribute("data-idea-id");
    }

    private void publishedByAModerator(String idea) {
        staff.driver.findElement(By.id("publish-button-" + idea)).click();
        staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        itemTitledById(staff, "to-assess", idea);
    }

    private void supportedAndDiscussedByAnotherResident(String idea) {
        var page = platform.gateway() + "/ideer/" + idea;
        supporter.signIn(page + "/logg-inn", SUPPORTER, "demo-" + SUPPORTER, page);
        supporter.driver.findElement(By.cssSelector("#support button")).click();
        supporter.waitUntil(ExpectedConditions.textToBe(By.id("support-count"), "1"));

        supporter.driver.findElement(By.id("comment-form-text")).sendKeys("Mor mi ville kome kvar veke. Eg kan hjelpe til.");
        supporter.driver.findElement(By.cssSelector("#comment-form button")).click();
        supporter.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".comments"),
            "Mor mi ville kome kvar veke."));
        supporter.assertAccessible("an idea page with a resident's forms and a discussion");
    }

    /** Returns the handle of the tab with the idea page; the author's own page is open in another tab. */
    private String openTheIdeaAndTheirOwnPage(String idea) {
        author.driver.get(platform.gateway() + "/ideer/" + idea);
        author.waitUntil(ExpectedConditions.textToBe(By.id("support-count"), "1"));
        author.assertAccessible("an idea page as its author sees it");
        var ideaTab = author.driver.getWindowHandle();
        author.driver.switchTo().newWindow(WindowType.TAB);
        author.driver.get(platform.gateway() + "/meg");
        author.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("my-ideas")));
        author.assertAccessible("my page with own ideas and notifications");
        return ideaTab;
    }

    private void assessedAndAcceptedByStaff(String idea) {
        staff.driver.get(platform.gateway() + "/stab/dashbord");
        staff.assertAccessible("the staff dashboard over the demo data");
        staff.driver.get(platform.gateway() + "/stab/innboks");
        var respondBy = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(21).toString();
        // A date field's keyboard format follows the browser's locale; the value it submits is always ISO.
        staff.driver.executeScript("arguments[0].value = arguments[1];",
            staff.driver.findElement(By.id("assess-respondBy-" + idea)), respondBy);
        staff.driver.findElement(By.id("assess-button-" + idea)).click();
        staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        itemTitledById(staff, "assessing", idea);

        staff.driver.findElement(By.id("answer-outcome-" + idea)).click();
        staff.driver.findElement(By.id("answer-answer-" + idea)).sendKeys(ANSWER);
        staff.driver.findElement(By.id("answer-button-" + idea)).click();
        staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        assertAll(
            () -> assertTrue(staff.driver.getCurrentUrl().endsWith("/stab/innboks?utfort=answer"),
                staff.driver.getCurrentUrl()),
            () -> assertTrue(staff.driver.findElements(By.cssSelector("[data-idea-id='" + idea + "']")).isEmpty(),
                "an answered idea leaves the inbox"));
    }

    private static WebElement itemTitled(Browser browser, String section, String title) {
        return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(
            "//section[@id='" + section + "']//article[contains(., '" + title + "')]")));
    }

    private static WebElement itemTitledById(Browser browser, String section, String idea) {
        return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
            "#" + section + " article[data-idea-id='" + idea + "']")));
    }
}
