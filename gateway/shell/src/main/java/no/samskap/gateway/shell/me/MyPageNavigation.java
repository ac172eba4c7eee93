package no.samskap.gateway.shell.me;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.Audience;
import no.samskap.gateway.shell.web.NavigationEntry;

/** "Min side" in the main navigation, after the modules' own entries; a visitor who follows it is asked to sign in. */
@Factory
class MyPageNavigation {

    @Singleton
    NavigationEntry myPageLink() {
        return new NavigationEntry("/meg", "my-page", "page.myPage", 1000, Audience.ANYONE);
    }
}
