package no.samskap.gateway;

public record SomethingOfTheGateways() {
}
