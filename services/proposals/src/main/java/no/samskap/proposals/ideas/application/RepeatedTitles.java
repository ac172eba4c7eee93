package no.samskap.proposals.ideas.application;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a title an author submitted counts as theirs: the same title from them again within {@code window} is a
 * repeat, refused with a link to the first. Zero turns the check off.
 */
@ConfigurationProperties("proposals.repeated-titles")
public record RepeatedTitles(Duration window) {

    public boolean checked() {
        return window != null && !window.isZero() && !window.isNegative();
    }
}
