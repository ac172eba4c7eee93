package no.samskap.events.events.application;

import java.util.List;

/**
 * An event as the organisers describe it, fields as they arrived. Times are ISO-8601, with an offset or as a local
 * date-time in Europe/Oslo; ids are UUIDs. {@code EventDescriptions} reads and checks them, naming the field at fault.
 */
public record DescribeEvent(String title, String description, String hostingUnit, List<String> coHostIds,
                            List<String> ideaIds, String venueId, String startsAt, String endsAt, String audience,
                            List<String> targetGroups, Integer priceNok, Integer capacity,
                            List<String> accessibility) {
}
