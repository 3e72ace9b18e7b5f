package org.csh.reconciler.demo;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.Status;

/**
 * What a run on the demo's sample organisation ({@code src/main/resources/demo}) must show, for the tests that run it.
 *
 * <p>These hold on any run date for the default range (first of the run date's month to the run date) with the
 * default settings (zone UTC, over-ratio 1.0, under-ratio 0.5, field names and label as in SPEC.md). What each
 * community demonstrates is told beside its engagement in {@code demo/asana.yml}.
 */
public final class SampleExpectations {

    public static final String EXAMPLE_UNIVERSITY = "Example University";
    public static final String COASTAL_ECOLOGY_LAB = "Coastal Ecology Lab";
    public static final String OPEN_CLIMATE_COLLECTIVE = "Open Climate Collective";
    public static final String NEURO_DATA_COMMONS = "Neuro Data Commons";
    public static final String MOUNTAIN_STATE_UNIVERSITY = "Mountain State University";
    public static final String DIGITAL_HUMANITIES_GUILD = "Digital Humanities Guild";
    public static final String ARCTIC_OBSERVATORY_NETWORK = "Arctic Observatory Network";
    public static final String PUBLIC_HEALTH_ANALYTICS_HUB = "Public Health Analytics Hub";
    public static final String SMALL_GRANTS_INITIATIVE = "Small Grants Initiative";
    /** An Asana engagement's community deliberately missing from the contracts file (NO_CONTRACT, shown to BD). */
    public static final String UNKNOWN_ENGAGEMENT = "Glacier Modelling Consortium";
    /** The log projects, both in csh.asana.log-project-gids. */
    public static final String ACTIVITY_LOG = "Activity Log";
    public static final String SYNC_PROJECT = "GitHub sync";
    /** The workspace's "Hours Used" number field, on every CSH task but one (asana.yml hoursUsedFieldGid). */
    public static final String HOURS_USED_FIELD_GID = "1209000000000002";

    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SampleExpectations() {
    }

    /** Status name ({@link Status}) of every community for a run to the run date, on any run date. */
    public static Map<String, String> expectedStatuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put(EXAMPLE_UNIVERSITY, Status.OK.name());
        statuses.put(COASTAL_ECOLOGY_LAB, Status.EXCEEDING.name());
        statuses.put(OPEN_CLIMATE_COLLECTIVE, Status.UNDERUSING.name());
        statuses.put(NEURO_DATA_COMMONS, Status.OK.name());
        statuses.put(MOUNTAIN_STATE_UNIVERSITY, Status.OK.name());
        statuses.put(DIGITAL_HUMANITIES_GUILD, Status.NO_CONTRACT.name());
        statuses.put(ARCTIC_OBSERVATORY_NETWORK, Status.OK.name());
        statuses.put(PUBLIC_HEALTH_ANALYTICS_HUB, Status.OK.name());
        statuses.put(SMALL_GRANTS_INITIATIVE, Status.OK.name());
        statuses.put(UNKNOWN_ENGAGEMENT, Status.NO_CONTRACT.name());
        return statuses;
    }

    /**
     * For every finding code, a community that surely has such a finding (empty: a finding without a
     * community). Other communities may have the same code too.
     */
    public static Map<Finding.Code, Optional<String>> expectedFindings() {
        Map<Finding.Code, Optional<String>> findings = new EnumMap<>(Finding.Code.class);
        findings.put(Finding.Code.NOT_SYNCED, Optional.of(ARCTIC_OBSERVATORY_NETWORK));
        findings.put(Finding.Code.STALE_MIRROR, Optional.of(MOUNTAIN_STATE_UNIVERSITY));
        findings.put(Finding.Code.HOURS_MISMATCH, Optional.of(EXAMPLE_UNIVERSITY));
        findings.put(Finding.Code.DOUBLE_LOGGED, Optional.of(EXAMPLE_UNIVERSITY));
        findings.put(Finding.Code.WRONG_COMMUNITY, Optional.of(PUBLIC_HEALTH_ANALYTICS_HUB));
        findings.put(Finding.Code.UNKNOWN_COMMUNITY, Optional.empty());
        findings.put(Finding.Code.MISSING_TIME, Optional.of(PUBLIC_HEALTH_ANALYTICS_HUB));
        findings.put(Finding.Code.TOTAL_MISMATCH, Optional.of(MOUNTAIN_STATE_UNIVERSITY));
        findings.put(Finding.Code.WRONG_TASK, Optional.of(MOUNTAIN_STATE_UNIVERSITY));
        findings.put(Finding.Code.INVALID_DATA, Optional.of(NEURO_DATA_COMMONS));
        findings.put(Finding.Code.NO_CONTRACT, Optional.of(DIGITAL_HUMANITIES_GUILD));
        findings.put(Finding.Code.NO_ENGAGEMENT, Optional.of(ARCTIC_OBSERVATORY_NETWORK));
        return findings;
    }

    /** A title as a loose match sees it: lower case, punctuation as spaces. */
    static String normalised(String title) {
        return PUNCTUATION.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Hours as the sync automation copies them into GitHub Hours: "1.5", "2". */
    static String hoursText(double hours) {
        return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }
}
