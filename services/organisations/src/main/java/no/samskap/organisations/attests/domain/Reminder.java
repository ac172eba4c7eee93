package no.samskap.organisations.attests.domain;

/** What a sighting's volunteer and officers are told as its end nears. */
public enum Reminder {
    /** Sent once, {@link Sighting#EXPIRING_NOTICE_DAYS} days before the sighting ends. */
    EXPIRING,
    /** Sent once, on the day the sighting ends. */
    EXPIRED
}
