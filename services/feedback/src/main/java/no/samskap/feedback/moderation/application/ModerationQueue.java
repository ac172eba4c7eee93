package no.samskap.feedback.moderation.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/** The staff of a municipality see its feedback that waits for moderation; nobody else does. */
@Singleton
public class ModerationQueue {

    private final ModerationCases cases;

    ModerationQueue(ModerationCases cases) {
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public List<ModerationCase> of(SignedInPerson staff, String municipality) {
        requireStaffOf(staff, municipality);
        return cases.waitingIn(municipality);
    }

    static void requireStaffOf(SignedInPerson person, String municipality) {
        if (municipality == null || !MunicipalityNumber.isValid(municipality)) {
            throw Refusal.invalid("municipality", "must be a kommunenummer of four digits, such as 1833");
        }
        if (!person.isStaffOf(municipality)) {
            throw Refusal.rule(Refusal.Kind.FORBIDDEN, "staff-only", "municipality",
                "only the municipality's staff moderate its feedback");
        }
    }
}
