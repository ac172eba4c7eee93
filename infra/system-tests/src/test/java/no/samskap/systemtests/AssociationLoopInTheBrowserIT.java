package no.samskap.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The association loop, walked in real browsers against the README's start command (shared with the idea loop): a
 * resident of Rana registers the association the demo data leaves for the walk-through (it is in the local register,
 * so staff can verify it), staff verify it from their inbox, its admin invites a second resident who accepts on
 * their own page, and the new member is on the members list (the demo data's own members are there too). The
 * association then offers help on a demo idea, staff accept it, and the idea's accepted offers list it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLaunch.class)
class AssociationLoopInTheBrowserIT {

    private static final String FOUNDER = "rana-resident";
    private static final String MEMBER = "rana-resident-2";
    private static final String MEMBER_NAME = "Ola Kristiansen";
    private static final String STAFF = "rana-staff";
    /** As seeds/src/main/resources/seeds/demo-associations.json leaves it for the walk-through. */
    private static final String NUMBER = "915 311 245";
    private static final String NAME = "Helgeland Trekkspillklubb";
    /** A demo idea of Rana the demo data has no offer on. */
    private static final String IDEA = "Lørdagskonserter i biblioteket";
    private static final String OFFER = "Klubben spiller til allsang i pausen.";

    private LaunchedPlatform platform;
    private Browser founder;
    private Browser member;
    private Browser staff;

    @BeforeAll
    void start(LaunchedPlatform launched) {
        platform = launched;
        founder = Browser.start();
        member = Browser.start();
        staff = Browser.start();
    }

    @AfterAll
    void stop() {
        for (var browser : new Browser[] {founder, member, staff}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void aResidentRegistersAnAssociationStaffVerifyItAndItsAdminGetsAMember() throws Exception {
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("Demo data") && line.contains("ready")
            && line.contains("members joined") && line.contains("offers of help")), platform.printed());
        var association = registeredByAResident();
        verifiedByStaff(association);
        member.signIn(platform.gateway() + "/meg", MEMBER, "demo-" + MEMBER, platform.gateway() + "/meg");

        invitedByTheAdmin(association);
        acceptedByTheMember();

        founder.driver.get(platform.gateway() + "/foreninger/" + association + "/medlemmer");
        founder.reloadUntilPresent(By.xpath("//tr[@data-person-id][contains(., '" + MEMBER_NAME + "')]"));
        founder.assertAccessible("the members of an association with a new member");
        theDemoAssociationsHaveTheirMembersToo();

        var idea = platform.ideaOnTheBoard("1833", IDEA);
        offeredByTheAssociation(association, idea);
        acceptedByStaff(idea);
        shownOnTheIdeaPage(idea);
    }

    private void theDemoAssociationsHaveTheirMembersToo() {
        staff.driver.get(platform.gateway() + "/kommuner/1833/foreninger");
        var choir = staff.reloadUntilPresent(By.xpath("//a[contains(., 'Svartisen Sangkor')]"));
        staff.driver.get(choir.getAttribute("href") + "/medlemmer");
        for (var person : List.of("Siri Hansen", "Ingrid Johansen", MEMBER_NAME)) {
            staff.waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tr[@data-person-id][contains(., '" + person + "')]")));
        }
    }

    /** Returns the new association's id, from the page the form sends its registrant to. */
    private String registeredByAResident() {
        var form = platform.gateway() + "/foreninger/ny";
        founder.signIn(form, FOUNDER, "demo-" + FOUNDER, form);
        founder.assertAccessible("the register-an-association form");
        founder.driver.findElement(By.id("organisationNumber")).sendKeys(NUMBER);
        founder.driver.findElement(By.id("name")).sendKeys(NAME);
        founder.driver.findElement(By.cssSelector("#type option[value='musikk']")).click();
        founder.driver.findElement(By.id("description")).sendKeys("Trekkspillklubb i Mo som spiller til dans og "
            + "allsang. Nybegynnere får låne trekkspill det første året.");
        founder.driver.findElement(By.id("contactEmail")).sendKeys("post@helgelandtrekkspill.no");
        founder.driver.findElement(By.cssSelector("form.register-form button[type='submit']")).click();
        founder.waitUntil(ExpectedConditions.urlContains("ferdig=registrert"));
        var url = founder.driver.getCurrentUrl();
        founder.assertAccessible("an association's page just after it was registered");
        return url.substring(url.indexOf("/foreninger/") + "/foreninger/".length(), url.indexOf('?'));
    }

    private void verifiedByStaff(String association) {
        var inbox = platform.gateway() + "/stab/innboks";
        staff.signIn(inbox, STAFF, "demo-" + STAFF, inbox);
        staff.reloadUntilPresent(By.cssSelector("#associations-to-verify article[data-association-id='"
            + association + "']"));
        staff.assertAccessible("the staff inbox with an association to verify");
        staff.driver.findElement(By.id("verify-" + association)).click();
        staff.waitUntil(ExpectedConditions.urlContains("/stab/innboks?"));

        staff.driver.get(platform.gateway() + "/foreninger/" + association);
        staff.reloadUntilPresent(By.cssSelector(".verified-badge"));
    }

    private void invitedByTheAdmin(String association) {
        founder.driver.get(platform.gateway() + "/foreninger/" + association + "/medlemmer");
        founder.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("invitee")));
        founder.assertAccessible("the members page as the association's admin sees it");
        founder.driver.findElement(By.id("invitee")).sendKeys(MEMBER);
        founder.driver.findElement(By.cssSelector("form.invite-form button[type='submit']")).click();
        founder.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    }

    private void acceptedByTheMember() {
        member.driver.get(platform.gateway() + "/meg");
        var invitation = member.reloadUntilPresent(By.xpath(
            "//section[@id='my-invitations']//li[@data-invitation-id][contains(., '" + NAME + "')]"));
        member.assertAccessible("my page with an invitation to an association");
        invitation.findElement(By.cssSelector("button[id^='accept-']")).click();
        member.waitUntil(ExpectedConditions.urlContains("forening="));
        member.reloadUntilPresent(By.xpath("//section[@id='my-associations']//a[contains(., '" + NAME + "')]"));
    }

    private void offeredByTheAssociation(String association, String idea) {
        founder.driver.get(platform.gateway() + "/ideer/" + idea);
        var form = founder.reloadUntilPresent(By.cssSelector("#offer-help-form #associationId option[value='"
            + association + "']"));
        form.click();
        founder.driver.findElement(By.cssSelector("#offer-help-form #kind option[value='hours']")).click();
        founder.driver.findElement(By.cssSelector("#offer-help-form #hours")).sendKeys("6");
        founder.driver.findElement(By.cssSelector("#offer-help-form #description")).sendKeys(OFFER);
        founder.driver.findElement(By.cssSelector("#offer-help-form button[type='submit']")).click();
        founder.waitUntil(ExpectedConditions.urlContains("hjelp=tilbudt"));
        founder.assertAccessible("an idea page with the offer-of-help form and its confirmation");
    }

    private void acceptedByStaff(String idea) {
        staff.driver.get(platform.gateway() + "/stab/innboks");
        var offer = staff.reloadUntilPresent(By.xpath("//section[@id='help-offers-to-answer']//article"
            + "[.//a[@href='/ideer/" + idea + "']][contains(., '" + NAME + "')]"));
        staff.assertAccessible("the staff inbox with an offer of help to answer");
        offer.findElement(By.cssSelector("form[action$='/godkjenning'] button")).click();
        staff.waitUntil(ExpectedConditions.urlContains("/stab/innboks?"));
    }

    /** As someone else than the offerer sees the idea: the member, signed in. */
    private void shownOnTheIdeaPage(String idea) {
        member.driver.get(platform.gateway() + "/ideer/" + idea);
        var shown = member.reloadUntilPresent(By.xpath("//ul[@id='accepted-offers']/li[contains(., '" + NAME + "')]"));
        assertTrue(shown.getText().contains(OFFER), shown.getText());
        member.assertAccessible("an idea page with an accepted offer of help");
    }

}
