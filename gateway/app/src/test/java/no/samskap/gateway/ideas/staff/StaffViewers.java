package no.samskap.gateway.ideas.staff;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The people who look at a staff inbox in these tests, and their view of it through the gateway's API. */
final class StaffViewers {

    private final GatewayUnderTest gateway;

    StaffViewers(GatewayUnderTest gateway) {
        this.gateway = gateway;
    }

    static Person staff(String username, String municipality) {
        return new Person(username, "Saksbehandler " + username, municipality, List.of("staff", "default-roles-samskap"));
    }

    static Person admin(String username, String municipality) {
        return new Person(username, "Admin " + username, municipality, List.of("admin"));
    }

    static Person resident(String municipality) {
        return new Person("resident-" + municipality, "Innbygger", municipality, List.of("resident"));
    }

    /** The Keycloak subject the stand-in identity provider gives the person, which the service records as who acted. */
    static String subjectOf(Person person) {
        return person.subject();
    }

    String cookiesOf(Person person) {
        var identity = gateway.identityProvider();
        return "samskap_id=" + identity.idToken(person, Duration.ofMinutes(5)) + "; samskap_access="
            + identity.accessToken(person, Duration.ofMinutes(5));
    }

    HttpResponse<String> get(Person person, String path) {
        return gateway.get(path, Map.of("Cookie", cookiesOf(person)));
    }

    Inbox inboxOf(Person person) {
        return inboxOf(person, "");
    }

    /** {@code query}: such as {@code ?section=to-moderate&after=<cursor>}, or empty for the first pages. */
    Inbox inboxOf(Person person, String query) {
        var response = get(person, "/api/staff/inbox" + query);
        if (response.statusCode() != 200) {
            throw new AssertionError("The inbox answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return gateway.bean(JsonMapper.class).readValue(response.body(), Argument.of(Inbox.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ids(List<?> items) {
        return items.stream().map(item -> {
            if (item instanceof Inbox.IdeaToModerate idea) {
                return idea.ideaId();
            } else if (item instanceof Inbox.HiddenIdea idea) {
                return idea.ideaId();
            } else if (item instanceof Inbox.HiddenComment comment) {
                return comment.commentId();
            } else if (item instanceof Inbox.Appeal appeal) {
                return appeal.ideaId();
            } else if (item instanceof Inbox.IdeaToAssess idea) {
                return idea.ideaId();
            } else if (item instanceof Inbox.ReportedIdea idea) {
                return idea.ideaId();
            } else if (item instanceof Inbox.ReportedComment comment) {
                return comment.commentId();
            } else if (item instanceof Inbox.CommentAppeal appeal) {
                return appeal.commentId();
            }
            return ((Inbox.IdeaToAnswer) item).ideaId();
        }).toList();
    }
}
