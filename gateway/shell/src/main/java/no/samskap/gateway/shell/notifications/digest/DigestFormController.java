package no.samskap.gateway.shell.notifications.digest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.notifications.FeedSection;
import no.samskap.gateway.shell.signin.SignedInSubject;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.platform.problem.ProblemException;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The digest form on "Min side": off, daily or weekly, to the address of the person's sign-in, in the language the
 * page was in. Answers by sending the person back to their page, which says what was done.
 */
@Controller("/meg/varsler/sammendrag")
@Secured(SecurityRule.IS_AUTHENTICATED)
class DigestFormController {

    private final DigestChoices choices;
    private final Clock clock;

    DigestFormController(DigestChoices choices, Clock clock) {
        this.choices = choices;
        this.clock = clock;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> choose(HttpRequest<?> request, Authentication authentication,
                                  @Body Map<String, Object> form) {
        var frequency = DigestFrequency.coded(field(form, "frequency"))
            .orElseThrow(() -> ProblemException.invalidField("frequency", "must be off, daily or weekly"));
        var email = authentication.getAttributes().get("email") instanceof String address && !address.isBlank()
            ? address : null;
        if (frequency != DigestFrequency.OFF && email == null) {
            return back("ingen-epost");
        }
        choices.choose(SignedInSubject.of(authentication), frequency, email, LanguageChoice.of(request),
            clock.instant());
        return back("sammendrag");
    }

    private static MutableHttpResponse<?> back(String notice) {
        return HttpResponse.seeOther(URI.create("/meg?" + FeedSection.NOTICE_PARAMETER + "=" + notice
            + "#" + DigestForm.ID));
    }

    private static String field(Map<String, Object> form, String name) {
        var value = form.get(name);
        if (value instanceof List<?> values && values.size() == 1) {
            value = values.get(0);
        }
        return value instanceof String text ? text : "";
    }
}
