package no.samskap.gateway.ideas.me;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.me.MyPageSection;

/** The two lists of others' ideas on "Min side": those the person supports, then those they follow. */
@Factory
class IdeaLinksSections {

    @Singleton
    MyPageSection supportedIdeas(MyPageRows rows) {
        return new IdeaLinksSection("my-supports", "supported-idea", "me.supports", 30, rows::supportsOf);
    }

    @Singleton
    MyPageSection followedIdeas(MyPageRows rows) {
        return new IdeaLinksSection("my-follows", "followed-idea", "me.follows", 40, rows::followsOf);
    }
}
