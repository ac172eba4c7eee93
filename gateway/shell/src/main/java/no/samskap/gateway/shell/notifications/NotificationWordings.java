package no.samskap.gateway.shell.notifications;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the module that words an entry, by its service and subject type, or words it neutrally. */
@Singleton
public class NotificationWordings {

    private final Map<String, NotificationWording> byService;

    NotificationWordings(List<NotificationWording> wordings) {
        this.byService = wordings.stream().collect(Collectors.toMap(
            wording -> key(wording.service(), wording.subjectType()), Function.identity()));
    }

    public String whatHappened(FeedEntry entry, Texts texts) {
        var wording = byService.get(key(entry.service(), entry.subjectType()));
        return wording == null ? texts.text("notifications.neutral") : wording.whatHappened(entry, texts);
    }

    private static String key(String service, String subjectType) {
        return service + "/" + subjectType;
    }
}
