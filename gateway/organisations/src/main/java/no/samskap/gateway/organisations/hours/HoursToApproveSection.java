package no.samskap.gateway.organisations.hours;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * "Timer å godkjenne" on "Min side", for admins of associations: the hours volunteers logged on their association's
 * offers, asked live from the service, each with a button to approve and a form to reject with a reason. Left out
 * for someone who admins no association or has nothing waiting.
 */
@Singleton
final class HoursToApproveSection implements MyPageSection {

    static final String ANCHOR = "hours-to-approve";

    private final Memberships memberships;
    private final VolunteeringService service;

    HoursToApproveSection(Memberships memberships, VolunteeringService service) {
        this.memberships = memberships;
        this.service = service;
    }

    @Override
    public Placement placement() {
        return new Placement(ANCHOR, "vol.me.hoursToApprove", 68);
    }

    @Override
    public Optional<String> confirmation(HttpParameters query) {
        return "1".equals(query.get("timer")) ? Optional.of("vol.hours.decided") : Optional.empty();
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var request = ServerRequestContext.currentRequest();
        if (request.isEmpty()) {
            return Optional.empty();
        }
        var html = new StringBuilder();
        for (var association : memberships.of(viewer.subject())) {
            if (!Memberships.ADMIN.equals(association.role())) {
                continue;
            }
            var waiting = service.body(service.read(request.get(), "/associations/" + association.associationId()
                + "/hours?status=logged"), Argument.listOf(HoursController.Entry.class)).orElse(List.of());
            if (waiting.isEmpty()) {
                continue;
            }
            html.append("<h3 class=\"ds-heading\" data-size=\"xs\">").append(escape(association.name()))
                .append("</h3>\n<ul class=\"ds-list\">\n");
            waiting.forEach(entry -> html.append(item(viewer, entry)));
            html.append("</ul>\n");
        }
        return html.isEmpty() ? Optional.empty() : Optional.of(html.toString());
    }

    private static String item(MyPageViewer viewer, HoursController.Entry entry) {
        var texts = viewer.texts();
        var approve = "approve-" + entry.id();
        var reason = "reason-" + entry.id();
        return """
              <li data-hours-id="%s">
                <p>%s · %s · %s</p>
                <form method="post" action="%s/%s/godkjenning">
                  %s
                  <button class="ds-button" data-variant="primary" type="submit" id="%s"%s>%s</button>%s
                </form>
                <form method="post" action="%s/%s/avvisning">
                  %s
                  <div class="ds-field">
                    <label class="ds-label" for="%s">%s</label>%s
                    <textarea class="ds-input" id="%s" name="reason" rows="2"%s>%s</textarea>
                  </div>
                  %s
                </form>
              </li>
            """.formatted(entry.id(), texts.date(entry.date()), texts.text("vol.hours.count",
                VolunteerRecord.number(entry.hours())), escape(entry.role()),
            HoursController.PATH, entry.id(), FormParts.csrf(viewer.csrfToken()), approve,
            describedBy(viewer, approve, false), texts.text("vol.hours.approve"), error(viewer, texts, approve),
            HoursController.PATH, entry.id(), FormParts.csrf(viewer.csrfToken()), reason, texts.text("vol.hours.reason"),
            error(viewer, texts, reason), reason, describedBy(viewer, reason, true),
            viewer.notice().refuses(reason) ? escape(viewer.notice().typedText()) : "",
            FormParts.button(texts.text("vol.hours.reject"), "secondary"));
    }

    private static String describedBy(MyPageViewer viewer, String field, boolean input) {
        return viewer.notice().refuses(field) ? " aria-describedby=\"" + field + "-error\""
            + (input ? " aria-invalid=\"true\"" : "") : "";
    }

    private static String error(MyPageViewer viewer, Texts texts, String field) {
        return viewer.notice().refuses(field) ? "\n    <p class=\"ds-validation-message\" data-field=\"validation\" id=\""
            + field + "-error\">" + texts.text(viewer.notice().errorKey()) + "</p>" : "";
    }
}
