package no.samskap.gateway.shell.staff;

import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;

/** Every module's inbox sections, in their order, each read once for one staff member. */
@Singleton
final class InboxSections {

    record Read(InboxSection section, InboxSection.Items items) {
    }

    private final List<InboxSection> sections;

    InboxSections(List<InboxSection> sections) {
        this.sections = sections.stream()
            .sorted(Comparator.comparingInt(InboxSection::order).thenComparing(InboxSection::key)).toList();
    }

    List<Read> read(StaffMember member) {
        return sections.stream().map(section -> new Read(section, section.read(member))).toList();
    }

    /** What waits for someone: the sum of the waiting sections' counts. */
    static int total(List<Read> read) {
        return read.stream().filter(each -> each.section().waiting()).mapToInt(each -> each.items().count()).sum();
    }
}
