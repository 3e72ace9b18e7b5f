package org.csh.reconciler.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.Status;

/**
 * The bundled sample organisation that {@code --demo} serves: a research-hosting provider with nine
 * communities, their GitHub issues, board hours, Asana engagements and contracts.
 *
 * <p>Everything is dated relative to the run date, so the demo looks alive on any day, and the same run
 * date always gives the same data (fixed seed, no clock). Whatever the run date, every status and every
 * finding code appears; {@link #expectedStatuses()}, {@link #expectedFindings()} and {@link #describe()}
 * say where, for the end-to-end test and for a reader of the demo report. These hold for the default
 * range (first of the run date's month to the run date) with the default settings (zone UTC, over-ratio
 * 1.0, under-ratio 0.5, field names and label as in SPEC.md).
 */
public final class SampleOrganisation {

    public static final String ORGANISATION = "openscience-hosting";
    public static final String SUPPORT = ORGANISATION + "/support";
    public static final String PARTNERSHIPS = ORGANISATION + "/partnerships";
    public static final String TRAINING = ORGANISATION + "/training";
    public static final List<String> REPOSITORIES = List.of(SUPPORT, PARTNERSHIPS, TRAINING);
    /** The "P&S" Projects v2 board holding the GitHub Hours field. */
    public static final int PROJECT_NUMBER = 7;
    public static final String PROJECT_TITLE = "P&S";
    /** The "Active Engagements" portfolio. */
    public static final String PORTFOLIO_GID = "1209000000000001";
    public static final String PORTFOLIO_NAME = "Active Engagements";
    /**
     * The workspace's "Hours Used" number field, on every CSH task and empty until a run writes the used hours into
     * it (csh.asana.write-back.used-field): one field of the workspace, one gid.
     */
    public static final String HOURS_USED_FIELD_GID = "1209000000000002";
    /** The Activity Log project and the sync automation's project, both in csh.asana.log-project-gids. */
    public static final String ACTIVITY_LOG = "Activity Log";
    public static final String SYNC_PROJECT = "GitHub sync";

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

    // any fixed value will do: it only has to be the same on every run
    private static final long SEED = 20_261_103L;

    private final LocalDate runDate;
    private final GitHubSnapshot github;
    private final AsanaSnapshot asana;
    private final String communitiesYaml;

    private SampleOrganisation(LocalDate runDate, GitHubSnapshot github, AsanaSnapshot asana, String communitiesYaml) {
        this.runDate = runDate;
        this.github = github;
        this.asana = asana;
        this.communitiesYaml = communitiesYaml;
    }

    /** The sample as it stands on {@code runDate}: nothing in it is dated after that day. */
    public static SampleOrganisation generate(LocalDate runDate) {
        SampleWork work = new SampleWork(runDate, SEED);
        SampleCommunities communities = new SampleCommunities(work);
        communities.tell();
        return new SampleOrganisation(runDate, work.github(), work.asana(), communities.yaml());
    }

    public LocalDate runDate() {
        return runDate;
    }

    public GitHubSnapshot github() {
        return github;
    }

    public AsanaSnapshot asana() {
        return asana;
    }

    /** The text of {@code communities.yml} for this sample. */
    public String communitiesYaml() {
        return communitiesYaml;
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

    /** What each community (and the stranger) demonstrates, in a sentence a demo viewer can follow. */
    public static Map<String, String> describe() {
        Map<String, String> stories = new LinkedHashMap<>();
        stories.put(EXAMPLE_UNIVERSITY, "OK on its second 12-month contract (60 h; engagement named by alias"
                + " 'ExampleU'). DOUBLE_LOGGED: 'Support call re: GPU quota for the imaging lab' retyped as a timed"
                + " Asana subtask. HOURS_MISMATCH: PyTorch image update, board 2 h vs mirror 1.5 h. An outage"
                + " follow-up closed at 23:30 UTC. An open onboarding issue with four sub-issues (one unlabelled, one"
                + " in another repository, one open) mirrored as its subtasks. NOT_SYNCED: a storage question closed"
                + " today, counted through its label. An open issue with state_reason 'reopened'.");
        stories.put(COASTAL_ECOLOGY_LAB, "(Engagement 'YY Coastal Ecology Lab – data services' with no Community"
                + " option: its name tells.) EXCEEDING its monthly 8 h allowance: 15 h this month (NSF CSSI grant"
                + " co-writing, whose mirror also carries 1 h of Actual time; a 3-person planning call; a data"
                + " transfer; an image update).");
        stories.put(OPEN_CLIMATE_COLLECTIVE, "UNDERUSING its quarterly 24 h: busy last quarter, 1.5 h in this"
                + " one, which is always at least a third elapsed.");
        stories.put(NEURO_DATA_COMMONS, "OK; its engagement was renamed 'Deal 4411 (renewed)' by the CRM and is"
                + " known by its Community option 'NDC'. INVALID_DATA: mirrors with GitHub Hours '1,5' and '-2' (neither on"
                + " the board), and a subtask completed_at in 'dd/MM/yyyy HH:mm'.");
        stories.put(MOUNTAIN_STATE_UNIVERSITY, "OK, with two engagements: last year's contract ('"
                + "YY Mountain State University', Community 'MSU') and this one. TOTAL_MISMATCH: this term's CSH task is"
                + " allocated 77.5 h where the contract gives 80 h. WRONG_TASK: this month's office hours filed under"
                + " last year's CSH task. STALE_MIRROR: a completed mirror of an issue closed as not_planned."
                + " DOUBLE_LOGGED: a timed subtask whose notes hold the containers workshop issue's URL. Issues closed as"
                + " duplicate and not_planned without mirrors (no NOT_SYNCED). A manual workshop with its own"
                + " subtasks.");
        stories.put(DIGITAL_HUMANITIES_GUILD, "NO_CONTRACT: its contract ended on the last day of the previous"
                + " month, and 2.5 h were delivered this month (Community option 'DH Guild'), each WRONG_TASK under the"
                + " CSH task of the ended contract.");
        stories.put(ARCTIC_OBSERVATORY_NETWORK, "OK on GitHub alone: NO_ENGAGEMENT (its Asana project has no CSH"
                + " task), so every issue is NOT_SYNCED and is counted through its label, or its title ('AON: …').");
        stories.put(PUBLIC_HEALTH_ANALYTICS_HUB, "OK. WRONG_COMMUNITY: 'BIDS validation help for Neuro Data"
                + " Commons' filed here. MISSING_TIME: untimed subtasks ('45 min call with 2 staff', none) and a"
                + " mirror of an issue never put on the board ('[30min]'). A subtask with only a hand-typed Total"
                + " Time. STALE_MIRROR: a mirror of an issue in a repository that is not configured.");
        stories.put(SMALL_GRANTS_INITIATIVE, "OK on a yearly allowance (per: year) over three years: one CSH task for"
                + " the whole contract, rightly allocated 3 × 12 h; every item timed.");
        stories.put(UNKNOWN_ENGAGEMENT, "NO_CONTRACT: an engagement whose Community option no contract lists; it"
                + " still gets a Summary row and a BD flag. UNKNOWN_COMMUNITY: a CSH issue naming no community (also"
                + " NOT_SYNCED).");
        stories.put(ACTIVITY_LOG, "Log project: each task also added to the engagement it served. A usage summary"
                + " also under Example University's CSH task, counted once; a joint webinar in the engagements of"
                + " Public Health Analytics Hub and Neuro Data Commons (WRONG_COMMUNITY, counted for the first in the"
                + " portfolio); a conference booth in no engagement (UNKNOWN_COMMUNITY).");
        stories.put(SYNC_PROJECT, "The sync automation's flat project: mirrors of two Arctic Observatory Network"
                + " issues, in no engagement, so they take their issue's community; no NOT_SYNCED for them, and"
                + " HOURS_MISMATCH for the one copied before the board was corrected.");
        return stories;
    }
}
