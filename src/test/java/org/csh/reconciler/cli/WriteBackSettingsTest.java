package org.csh.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.csh.reconciler.settings.CshProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The write-back's field is checked before anything is fetched: it must never be a field the job reads. */
class WriteBackSettingsTest {

    private static final MailServer NO_MAIL = new MailServer(Optional.empty(), Optional.empty(), "smtp", false);

    @Test
    void aFieldOfItsOwnIsFine() {
        assertThatCode(() -> SettingsCheck.require(properties("Hours Used"), NO_MAIL, false)).doesNotThrowAnyException();
    }

    @Test
    void theAllocationsFieldIsRefusedBeforeAnythingIsFetched() {
        BadArgumentsException refused = catchThrowableOfType(BadArgumentsException.class,
                () -> SettingsCheck.require(properties(" hours total"), NO_MAIL, false));

        assertThat(refused.getMessage()).contains("csh.asana.write-back.used-field 'hours total' is also"
                + " csh.asana.fields.hours-total, which the job reads: writing the used hours there would overwrite it");
    }

    @Test
    void offByDefault() {
        CshProperties properties = properties(null);

        assertThat(properties.asana().writeBack().enabled()).isFalse();
        assertThat(properties.asana().settings().usedField()).isNull();
    }

    /** A usable configuration with no contracts file, writing back into {@code usedField} (null: unset). */
    private static CshProperties properties(String usedField) {
        Map<String, String> settings = new HashMap<>();
        settings.put("csh.communities-file", "target/no-such-communities.yml");
        settings.put("csh.github.token", "github-token");
        settings.put("csh.github.repositories", "acme/support");
        settings.put("csh.github.project.owner", "acme");
        settings.put("csh.github.project.number", "7");
        settings.put("csh.asana.token", "asana-token");
        settings.put("csh.asana.portfolio-gid", "1203456789012345");
        if (usedField != null) {
            settings.put("csh.asana.write-back.used-field", usedField);
        }
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("csh", CshProperties.class);
    }
}
