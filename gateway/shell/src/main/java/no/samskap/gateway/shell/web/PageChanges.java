package no.samskap.gateway.shell.web;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Where a module that adds a {@link PagePanel} to another module's page says that what its panel shows there has
 * changed, in the transaction that changes it, without knowing which module owns the page or how it keeps it. A page
 * no module keeps versions of is never kept, so nothing need be said about it.
 */
@Singleton
public final class PageChanges {

    private final List<PageVersions> owners;

    PageChanges(List<PageVersions> owners) {
        this.owners = List.copyOf(owners);
    }

    public void changed(String page, UUID subject) {
        changed(page, Set.of(subject));
    }

    public void changed(String page, Collection<UUID> subjects) {
        if (!subjects.isEmpty()) {
            owners.stream().filter(owner -> owner.page().equals(page)).forEach(owner -> owner.changed(subjects));
        }
    }

    public void everyPageChanged(String page) {
        owners.stream().filter(owner -> owner.page().equals(page)).forEach(PageVersions::everyPageChanged);
    }
}
