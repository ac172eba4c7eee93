package no.samskap.platform.privacy;

import java.util.Map;

/**
 * What one part of a deployable holds about a person: exported when the person asks and erased when the person
 * leaves. Every table that can hold a person's subject id, name or contact details is owned by exactly one
 * implementation.
 */
public interface PersonalData {

    /** Stable name of this part in the export, for example {@code "proposals.ideas"}. */
    String part();

    /** Everything this part holds about the person, ready to be written as JSON; empty when it holds nothing. */
    Map<String, Object> export(String subjectId);

    /** Deletes or anonymises everything this part holds about the person; idempotent; runs in the caller's transaction. */
    void erase(String subjectId);
}
