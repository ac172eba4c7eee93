package no.samskap.events.registrations.application;

import java.util.List;

/** A registration as the person sent it: companions (0 to 9, none when null) and accessibility needs. */
public record Register(Integer companions, List<String> needs, String needsNote) {
}
