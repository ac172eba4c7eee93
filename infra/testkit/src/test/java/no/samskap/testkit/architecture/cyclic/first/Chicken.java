package no.samskap.testkit.architecture.cyclic.first;

import no.samskap.testkit.architecture.cyclic.second.Egg;

public record Chicken(Egg laid) {
}
