package no.samskap.organisations.hours.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.organisations.hours.application.VolunteerRecords;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.time.Instant;

/**
 * A volunteer's own record, the code they issue so others can check it, and the anonymous check by that code.
 */
@Controller
class VolunteerRecordController {

    private final VolunteerRecords records;

    VolunteerRecordController(VolunteerRecords records) {
        this.records = records;
    }

    @Serdeable
    record IssuedCode(String verificationCode, String verificationPath, String displayName, Instant issuedAt) {
    }

    @Get("/me/volunteer-record")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    VolunteerRecordView mine(Authentication authentication) {
        return VolunteerRecordView.of(records.of(SignedInPerson.of(authentication)));
    }

    /** The record as a PDF to print or send, in {@code lang} nb (the default), nn or en. */
    @Get(value = "/me/volunteer-record.pdf{?lang}", produces = "application/pdf")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> pdf(Authentication authentication, @Nullable @QueryValue String lang) {
        var record = VolunteerRecordView.of(records.of(SignedInPerson.of(authentication)));
        return HttpResponse.ok(VolunteerRecordPdf.of(record, RecordLabels.in(lang)))
            .contentType("application/pdf")
            .header("Content-Disposition", "attachment; filename=\"frivillighetsbevis.pdf\"");
    }

    @Post("/me/volunteer-record")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<IssuedCode> issue(Authentication authentication, @Body HoursBodies.Issue body) {
        var code = records.issueCode(SignedInPerson.of(authentication), body.displayName());
        var path = VolunteerRecordView.pathOf(code);
        return HttpResponse.created(new IssuedCode(code.code(), path, code.displayName(), code.issuedAt()),
            URI.create(path));
    }

    @Delete("/me/volunteer-record/code")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> revoke(Authentication authentication) {
        records.revokeCode(SignedInPerson.of(authentication));
        return HttpResponse.noContent();
    }

    @Get("/volunteer-records/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    VolunteerRecordView check(@PathVariable String code) {
        return VolunteerRecordView.of(records.opened(code));
    }
}
