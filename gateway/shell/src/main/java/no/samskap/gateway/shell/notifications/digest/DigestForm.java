package no.samskap.gateway.shell.notifications.digest;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.notifications.FeedSectionPart;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Texts;

import java.util.Arrays;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The choice of e-mail digest below the feed on "Min side": off, daily or weekly, one radio button each, with when,
 * in which language and to which address said beside them.
 */
@Singleton
class DigestForm implements FeedSectionPart {

    static final String ID = "notification-digest";

    private final DigestChoices choices;

    DigestForm(DigestChoices choices) {
        this.choices = choices;
    }

    @Override
    public String render(String personId, String csrfToken, Texts texts) {
        var chosen = choices.of(personId).map(DigestChoices.DigestChoice::frequency).orElse(DigestFrequency.OFF);
        var options = new StringBuilder();
        Arrays.stream(DigestFrequency.values()).forEach(frequency -> options.append("""
                <div class="choice">
                  <input type="radio" id="digest-%1$s" name="frequency" value="%1$s"%2$s>
                  <label for="digest-%1$s">%3$s</label>
                </div>
            """.formatted(frequency.code(), frequency == chosen ? " checked" : "",
            texts.text("notifications.digest." + frequency.code()))));
        return """
            <form method="post" action="/meg/varsler/sammendrag" id="%s">
              <input type="hidden" name="%s" value="%s">
              <fieldset class="field" aria-describedby="digest-hint">
                <legend>%s</legend>
                <p id="digest-hint" class="hint">%s</p>
            %s  </fieldset>
              <button type="submit" id="save-digest">%s</button>
            </form>
            """.formatted(ID, CsrfTokens.FIELD, escape(csrfToken), texts.text("notifications.digest.legend"),
            texts.text("notifications.digest.hint"), options, texts.text("notifications.digest.save"));
    }
}
