package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * What {@link Page} needs of the running gateway (its modules' navigation, the CSRF tokens for the sign-out button,
 * the municipalities' names), handed to it through the request it renders for, so that a page's static rendering
 * shows the beans of this gateway and of no other gateway started in the same JVM.
 */
record FrameServices(Navigation navigation, CsrfTokens csrfTokens, MunicipalityNames names) {

    static final String ATTRIBUTE = "samskap.frame";

    @ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
    static final class Offer {

        private final FrameServices services;

        Offer(Navigation navigation, CsrfTokens csrfTokens, MunicipalityNames names) {
            this.services = new FrameServices(navigation, csrfTokens, names);
        }

        @RequestFilter
        void offer(HttpRequest<?> request) {
            request.setAttribute(ATTRIBUTE, services);
        }
    }
}
