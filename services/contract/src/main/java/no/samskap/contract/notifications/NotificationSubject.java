package no.samskap.contract.notifications;

/**
 * What a notification is about: its {@code type} in the producing service's words (such as {@code idea}), its id,
 * its title when it happened, and the path of its page ({@code /ideer/<id>}), which a reader links while it is there.
 */
public record NotificationSubject(String type, String id, String title, String linkPath) {
}
