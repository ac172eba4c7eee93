package no.samskap.testkit.browser;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Waits for an element to leave the page, as after a click that loads another. Selenium's own
 * {@code ExpectedConditions.stalenessOf} knows only {@link StaleElementReferenceException}; ChromeDriver 156 may instead
 * answer "Node with given id does not belong to the document" while the next page replaces the document, which
 * means the same and failed a browser test.
 */
public final class Gone {

    private static final String NODE_LEFT_THE_DOCUMENT = "does not belong to the document";

    private Gone() {
    }

    public static ExpectedCondition<Boolean> from(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException maybeGone) {
                if (String.valueOf(maybeGone.getMessage()).contains(NODE_LEFT_THE_DOCUMENT)) {
                    return true;
                }
                throw maybeGone;
            }
        };
    }
}
