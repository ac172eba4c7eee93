package no.samskap.testkit.architecture.cyclic.second;

import no.samskap.testkit.architecture.cyclic.first.Chicken;

public record Egg(Chicken mother) {
}
