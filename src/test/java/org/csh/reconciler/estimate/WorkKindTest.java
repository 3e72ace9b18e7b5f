package org.csh.reconciler.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkKindTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Grant co-writing session with ExampleU          | | GRANT
            Run the GeoHub hackathon hub                    | | WORKSHOP
            Office hours with Ocean Lab                     | | OFFICE_HOURS
            Add xarray to the image                         | Added it to environment.yml and rebuilt | IMAGE
            GPU quota increase                              | | QUOTA
            Post-mortem for the outage                      | | INCIDENT
            Onboarding training for new admins              | | TRAINING
            Quarterly planning with GeoHub                  | | PLANNING
            Check-in call with GeoHub                       | | MEETING
            User cannot log in                              | Added them to the team; login works now | SUPPORT
            """)
    void recognisesTheKindOfWork(String title, String text, WorkKind kind) {
        assertThat(WorkKind.of(title, text)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Misc", "Follow up with ExampleU", ""})
    void saysNothingWhenNoCueOccurs(String title) {
        assertThat(WorkKind.of(title, null)).isEmpty();
    }
}
