package org.csh.reconciler.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A community the provider serves: its name, the other spellings staff use for it, and its contracts. */
public record Community(String name, List<String> aliases, List<Contract> contracts) {

    public Community {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
    }

    /** The name followed by every alias. */
    public List<String> spellings() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    /** The period, of whichever contract covers {@code date}, that holds it; empty when no contract does. */
    public Optional<ContractPeriod> periodContaining(LocalDate date) {
        return contracts.stream().map(c -> c.periodContaining(date)).flatMap(Optional::stream).findFirst();
    }

    /** The contract periods of all its contracts, in the contracts' order. */
    public List<ContractPeriod> contractPeriods() {
        return contracts.stream().flatMap(c -> c.periods().stream()).toList();
    }
}
