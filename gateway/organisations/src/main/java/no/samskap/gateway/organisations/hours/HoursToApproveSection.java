package no.samskap.gateway.organisations.hours;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

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
        var texts = viewer.texts();
        var associations = new ArrayList<HoursToApprove.Association>();
        for (var association : memberships.of(viewer.subject())) {
            if (!Memberships.ADMIN.equals(association.role())) {
                continue;
            }
            var waiting = service.body(service.read(request.get(), "/associations/" + association.associationId()
                + "/hours?status=logged"), Argument.listOf(HoursController.Entry.class)).orElse(List.of());
            if (!waiting.isEmpty()) {
                associations.add(new HoursToApprove.Association(association.name(), waiting.stream()
                    .map(entry -> new HoursToApprove.Waiting(entry.id(), html(texts.date(entry.date())),
                        html(texts.text("vol.hours.count", VolunteerRecord.number(entry.hours()))), entry.role()))
                    .toList()));
            }
        }
        return associations.isEmpty() ? Optional.empty() : Optional.of(OrganisationTemplates.render(
            "hours/toApprove.jte", new HoursToApprove(new TemplateTexts(texts), viewer.csrfToken(), viewer.notice(),
                associations)));
    }
}
