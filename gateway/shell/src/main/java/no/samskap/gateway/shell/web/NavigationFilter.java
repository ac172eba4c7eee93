package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Hands the navigation to {@link Page} through the request it renders for, so that a page's static rendering shows
 * the entries of the running gateway's modules, and of no other gateway started in the same JVM.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class NavigationFilter {

    private final Navigation navigation;

    NavigationFilter(Navigation navigation) {
        this.navigation = navigation;
    }

    @RequestFilter
    void offer(HttpRequest<?> request) {
        request.setAttribute(Navigation.ATTRIBUTE, navigation);
    }
}
