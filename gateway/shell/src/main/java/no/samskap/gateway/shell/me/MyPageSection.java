package no.samskap.gateway.shell.me;

import io.micronaut.http.HttpParameters;

import java.util.Optional;

/** A module's part of "Min side", declared as a bean. */
public interface MyPageSection {

    /**
     * Where a section stands: the page shows the sections in {@code order}, lowest first, each as
     * {@code <section id="anchor">} under the heading {@code headingKey}, whose element id is the anchor with
     * {@code -heading} added; forms send the person back to {@code /meg#anchor}.
     */
    record Placement(String anchor, String headingKey, int order) {
    }

    Placement placement();

    /** The section's HTML below its heading, safe already, for this person alone; empty leaves the section out. */
    Optional<String> content(MyPageViewer viewer);

    /** The text key of a confirmation one of this section's forms asks for in the query on its way back. */
    default Optional<String> confirmation(HttpParameters query) {
        return Optional.empty();
    }

    /** The name of a script in {@code public/assets/} that enhances the section; the page loads it deferred, once. */
    default Optional<String> script() {
        return Optional.empty();
    }
}
