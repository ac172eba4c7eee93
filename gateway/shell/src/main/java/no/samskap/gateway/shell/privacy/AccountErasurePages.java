package no.samskap.gateway.shell.privacy;

import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Notice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import static no.samskap.gateway.shell.web.Html.escape;
import static no.samskap.gateway.shell.web.TemplateTexts.html;

/** The page that asks a person to confirm erasing their account, and the one that says it is done. */
final class AccountErasurePages {

    private AccountErasurePages() {
    }

    /** {@code problemKey}: what was wrong with the last try, or null on the first. */
    static String confirmation(Texts texts, String csrfToken, String problemKey) {
        var problem = problemKey == null ? "" : """
            <div class="ds-alert" data-color="danger" role="alert" id="erase-problem">
              <p>%s</p>
            </div>
            """.formatted(texts.text(problemKey));
        var described = problemKey == null ? "" : " aria-describedby=\"erase-problem\" aria-invalid=\"true\"";
        var main = """
            <h1 id="erase-heading">%s</h1>
            %s<p>%s</p>
            <ul>
              <li>%s</li>
              <li>%s</li>
              <li>%s</li>
            </ul>
            <p>%s</p>
            <form method="post" action="%s" id="erase-form">
              <input type="hidden" name="%s" value="%s">
              <div class="ds-field">
                <input class="ds-input" type="checkbox" id="understood" name="understood" value="yes"%s>
                <label for="understood">%s</label>
              </div>
              <button type="submit" class="ds-button" data-variant="primary" id="erase-confirm">%s</button>
            </form>
            <p><a href="/meg">%s</a></p>
            """.formatted(texts.text("privacy.erase.heading"), problem, texts.text("privacy.erase.intro"),
            texts.text("privacy.erase.deleted"), texts.text("privacy.erase.kept"), texts.text("privacy.erase.signedOut"),
            texts.text("privacy.erase.downloadFirst"), AccountErasureController.CONFIRM_PATH, CsrfTokens.FIELD,
            escape(csrfToken), described, texts.text("privacy.erase.understood"), texts.text("privacy.erase.confirm"),
            texts.text("privacy.erase.cancel"));
        return Page.render(texts, texts.text("privacy.erase.title"), main, AccountErasureController.CONFIRM_PATH);
    }

    static String done(Texts texts) {
        var main = new Notice("erased-heading", html(texts.text("privacy.erased.heading")), "erased-text",
            html(texts.text("privacy.erased.text")), "/", html(texts.text("page.toHome")), true).render();
        return Page.render(texts, texts.text("privacy.erased.title"), main, AccountErasureController.DONE_PATH);
    }
}
