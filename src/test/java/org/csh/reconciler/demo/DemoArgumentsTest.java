package org.csh.reconciler.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DemoArgumentsTest {

    private static final List<String> DEMO = List.of("--csh.github.api-url=http://127.0.0.1:4321",
            "--csh.mail.enabled=false", "--csh.zone=UTC", "--to=2026-11-25");

    @Test
    void aPropertyTheUserSetsIsGivenOnceWithTheUsersValue() {
        List<String> merged = DemoArguments.merge(List.of("--demo", "--csh.zone=Pacific/Auckland",
                "--csh.mail.enabled=true"), DEMO);

        assertThat(merged).containsExactly("--demo", "--csh.github.api-url=http://127.0.0.1:4321",
                "--csh.mail.enabled=true", "--csh.zone=Pacific/Auckland", "--to=2026-11-25");
    }

    @Test
    void theDemoAlwaysReadsItsOwnServer() {
        List<String> merged = DemoArguments.merge(List.of("--demo", "--csh.github.api-url=https://api.github.com"),
                DEMO);

        assertThat(merged).filteredOn(argument -> argument.startsWith("--csh.github.api-url="))
                .containsExactly("--csh.github.api-url=http://127.0.0.1:4321");
    }

    @Test
    void runArgumentsAndFlagsAreKept() {
        List<String> merged = DemoArguments.merge(List.of("--demo", "--no-email", "--from=2026-11-02",
                "--statement=Example University"), List.of("--csh.zone=UTC"));

        assertThat(merged).containsExactlyInAnyOrder("--demo", "--no-email", "--from=2026-11-02",
                "--statement=Example University", "--csh.zone=UTC");
    }

    @Test
    void theDemosDatesAreInTheUsersZoneWhenItNamesOne() {
        assertThat(DemoArguments.zone(List.of("--demo", "--csh.zone=Pacific/Kiritimati")))
                .isEqualTo(java.time.ZoneId.of("Pacific/Kiritimati"));
        assertThat(DemoArguments.zone(List.of("--demo", "--csh.zone=Mars/Base"))).hasToString("UTC");
        assertThat(DemoArguments.zone(List.of("--demo"))).hasToString("UTC");
    }
}
