package no.samskap.gateway.ideas.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What staff do from the inbox's forms: the page route's last segment, the proposals service's step it becomes, and
 * the form fields it sends there as JSON. Whether an action is about a comment decides the service path.
 */
enum StaffAction {

    PUBLISH("publisering", "publication", List.of(), false),
    REJECT("avvisning", "rejection", List.of("reason"), false),
    ASSESS("vurdering", "assessment", List.of("respondBy"), false),
    CHANGE_RESPONSE_DATE("svarfrist", "response-date", List.of("respondBy", "reason"), false),
    ANSWER("svar", "answer", List.of("outcome", "answer"), false),
    HIDE("skjuling", "hiding", List.of("reason"), false),
    RESTORE("gjenoppretting", "restoring", List.of("reason"), false),
    DECIDE_APPEAL("klagevedtak", "appeal/decision", List.of("upheld", "reason"), false),
    HIDE_COMMENT("skjuling", "hiding", List.of("reason"), true),
    RESTORE_COMMENT("gjenoppretting", "restoring", List.of("reason"), true),
    DECIDE_COMMENT_APPEAL("klagevedtak", "appeal/decision", List.of("upheld", "reason"), true);

    private final String segment;
    private final String serviceStep;
    private final List<String> fields;
    private final boolean aboutComment;

    StaffAction(String segment, String serviceStep, List<String> fields, boolean aboutComment) {
        this.segment = segment;
        this.serviceStep = serviceStep;
        this.fields = fields;
        this.aboutComment = aboutComment;
    }

    static Optional<StaffAction> ofSegment(String segment, boolean aboutComment) {
        return Arrays.stream(values())
            .filter(action -> action.segment.equals(segment) && action.aboutComment == aboutComment)
            .findFirst();
    }

    String segment() {
        return segment;
    }

    String serviceStep() {
        return serviceStep;
    }

    List<String> fields() {
        return fields;
    }

    boolean aboutComment() {
        return aboutComment;
    }

    /** The fields that hold a date, which the page checks before it asks the service. */
    List<String> dateFields() {
        return fields.stream().filter("respondBy"::equals).toList();
    }

    /** Used in element ids and in the text keys of the page: {@code publish}, {@code decide-appeal}, ... */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
