package org.csh.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class BalanceArgumentsTest {

    @Test
    void balanceAloneAsksForEveryCommunity() {
        assertThat(RunArguments.parse("--balance").balance()).contains(new RunArguments.Balance(Optional.empty()));
    }

    @Test
    void balanceWithANameAsksForThatCommunity() {
        assertThat(RunArguments.parse("--balance= Example University ", "--demo").balance())
                .contains(new RunArguments.Balance(Optional.of("Example University")));
    }

    @Test
    void anEmptyNameIsABadArgument() {
        assertThatThrownBy(() -> RunArguments.parse("--balance="))
                .isInstanceOf(BadArgumentsException.class).hasMessageContaining("--balance= needs a community name");
    }

    @Test
    void flagsOfARunAreRefusedWithTheBalanceRatherThanSilentlyIgnored() {
        assertThatThrownBy(() -> RunArguments.parse("--balance", "--from=2026-11-01"))
                .isInstanceOf(BadArgumentsException.class).hasMessageContaining("runs no job");
    }

    @Test
    void aRunMayBeToldNotToWriteBack() {
        assertThat(RunArguments.parse("--no-write-back").noWriteBack()).isTrue();
        assertThat(RunArguments.parse().noWriteBack()).isFalse();
    }
}
