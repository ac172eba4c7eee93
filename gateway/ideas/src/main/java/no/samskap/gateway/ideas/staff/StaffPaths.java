package no.samskap.gateway.ideas.staff;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.platform.problem.ProblemException;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The proposals service's paths for staff writes. Only well-formed ids go into them, so no path can be smuggled
 * through; anything else is answered as not found, as the service would.
 */
final class StaffPaths {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private StaffPaths() {
    }

    static String idea(String id) {
        return "/ideas/" + uuid("idea", id);
    }

    static String comment(String idea, String comment) {
        return idea(idea) + "/comments/" + uuid("comment", comment);
    }

    static String municipality(String municipality) {
        if (!MunicipalityNumber.isValid(municipality)) {
            throw ProblemException.notFound("municipality", municipality);
        }
        return "/municipalities/" + municipality;
    }

    static String blocked(String municipality, String subject) {
        if (!SUBJECT.matcher(subject).matches()) {
            throw ProblemException.notFound("person", subject);
        }
        return municipality(municipality) + "/blocked/" + subject;
    }

    private static UUID uuid(String what, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound(what, id);
        }
    }
}
