package no.samskap.gateway.ideas.staff;

import io.micronaut.core.annotation.Nullable;
import no.samskap.platform.problem.ProblemException;

import java.util.List;
import java.util.Optional;

/**
 * Which section of the inbox is read further than its first page, and after which cursor; every other section shows
 * its first page. The cursor is checked against the section when that section is read; {@code afterField} is the
 * query's name for it (the API's {@code after}, the page's {@code etter}), which a refusal names.
 */
record InboxPaging(IdeaSection section, String after, String afterField) {

    /** {@code sectionField} and {@code afterField}: the query's names of the two, for the problem that refuses them. */
    static Optional<InboxPaging> of(@Nullable String section, @Nullable String after, String sectionField,
                                    String afterField) {
        var named = Optional.ofNullable(section).filter(key -> !key.isBlank()).map(key -> IdeaSection.named(key)
            .orElseThrow(() -> ProblemException.invalidField(sectionField, "no section of the inbox is called " + key)));
        if (after == null || after.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new InboxPaging(named.orElseThrow(() -> ProblemException.invalidField(sectionField,
            "names the section the cursor in " + afterField + " belongs to")), after, afterField));
    }

    /** The paging of {@code section}, if it is the one paged. */
    static Optional<InboxPaging> of(Optional<InboxPaging> paging, IdeaSection section) {
        return paging.filter(paged -> paged.section == section);
    }

    /** The cursor, read back for the section's key types; refused at the field the query gave it in. */
    SectionCursor cursor(List<SectionCursor.KeyType> types) {
        return SectionCursor.decode(after, section.key, types, afterField);
    }
}
