package no.samskap.gateway.organisations.directory;

import java.util.List;
import java.util.Optional;

/** Associations the directory found, by name; {@code next} is the cursor of the following page, if one follows. */
public record DirectoryEntries(List<DirectoryEntry> associations, Optional<String> next) {
}
