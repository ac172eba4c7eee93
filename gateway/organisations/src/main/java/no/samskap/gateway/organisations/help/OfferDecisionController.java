package no.samskap.gateway.organisations.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.organisations.pages.PageAnswers;
import no.samskap.gateway.organisations.volunteering.FormFields;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.staff.StaffInboxPages;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;
import java.util.UUID;

/**
 * Staff's answers to an offer of help from the inbox: accept, or decline with a reason. The service checks that they
 * are staff of the idea's municipality; the inbox waits until the offer has left the list.
 */
@Controller(OffersToAnswerSection.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class OfferDecisionController {

    private final VolunteeringService service;
    private final HelpOffers offers;
    private final StaffInboxPages pages;

    OfferDecisionController(VolunteeringService service, HelpOffers offers, StaffInboxPages pages) {
        this.service = service;
        this.offers = offers;
        this.pages = pages;
    }

    @Serdeable
    record Acceptance(@Nullable String note) {
    }

    @Serdeable
    record Decline(String reason) {
    }

    @Post("/{id}/godkjenning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> accept(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                @Body @Nullable String body) {
        return decide(request, authentication, id, "acceptance", "accepted", new Acceptance(null), "");
    }

    @Post("/{id}/avslag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> decline(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                 @Body @Nullable String body) {
        var reason = FormFields.parse(body).one("reason");
        return decide(request, authentication, id, "decline", "declined", new Decline(reason), reason);
    }

    private HttpResponse<String> decide(HttpRequest<?> request, Authentication authentication, String id,
                                        String route, String status, Object body, String typedReason) {
        var member = StaffMember.of(authentication);
        if (member.isEmpty()) {
            return pages.forbidden(request);
        }
        UUID offer;
        try {
            offer = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath());
        }
        if ("declined".equals(status) && typedReason.isBlank()) {
            return refused(request, member.get(), offer, ServiceRefusal.ofField("reason"), typedReason);
        }
        var outcome = service.write(request, HttpMethod.POST, "/help-offers/" + offer + "/" + route, body,
            answer -> Optional.of(() -> offers.hasStatus(offer, status)));
        if (!outcome.succeeded()) {
            return refused(request, member.get(), offer, service.refusal(outcome), typedReason);
        }
        return PageAnswers.seeOther(StaffInboxPages.PATH + "?" + StaffInboxPages.DONE + "=" + OffersToAnswerSection.KEY);
    }

    private HttpResponse<String> refused(HttpRequest<?> request, StaffMember member, UUID offer,
                                         ServiceRefusal refusal, String typedReason) {
        return pages.page(request, HttpStatus.valueOf(refusal.status()), member, Optional.empty(),
            Optional.of(new OfferDecisionRefusal(offer, refusal, typedReason)));
    }
}
