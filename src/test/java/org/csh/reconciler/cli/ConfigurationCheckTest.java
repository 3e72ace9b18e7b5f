package org.csh.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ConfigurationCheckTest {

    @Test
    void aMisspeltSettingIsFoundAndTheRealOnesAreNot() {
        // given an operator who typed csh.zon, next to settings spelled right, a list, and a job setting
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", Map.of(
                "csh.zon", "Europe/Berlin",
                "csh.zone", "UTC",
                "csh.github.repositories[0]", "acme/support",
                "csh.github.project.number", "7",
                "csh.job.stale-after", "90s",
                "csh.run-on-startup", "false",
                "csh.mail.to", "bd@example.org")));
        Set<ConfigurationPropertyName> read = new HashSet<>();

        // when
        assertThat(ConfigurationCheck.problems(environment, read)).isEmpty();

        // then
        assertThat(ConfigurationCheck.unread(environment, read)).containsExactly("csh.zon");
    }

    @Test
    void aValueThatCannotBeReadIsAProblemNamingWhereItWasSet() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", Map.of(
                "csh.job.heartbeat-interval", "often")));

        assertThat(ConfigurationCheck.problems(environment)).singleElement().asString()
                .startsWith("csh.job.heartbeat-interval = 'often'").contains("not a valid Duration");
    }
}
