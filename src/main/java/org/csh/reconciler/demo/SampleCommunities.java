package org.csh.reconciler.demo;

import static org.csh.reconciler.demo.SampleOrganisation.ARCTIC_OBSERVATORY_NETWORK;
import static org.csh.reconciler.demo.SampleOrganisation.COASTAL_ECOLOGY_LAB;
import static org.csh.reconciler.demo.SampleOrganisation.DIGITAL_HUMANITIES_GUILD;
import static org.csh.reconciler.demo.SampleOrganisation.EXAMPLE_UNIVERSITY;
import static org.csh.reconciler.demo.SampleOrganisation.MOUNTAIN_STATE_UNIVERSITY;
import static org.csh.reconciler.demo.SampleOrganisation.NEURO_DATA_COMMONS;
import static org.csh.reconciler.demo.SampleOrganisation.OPEN_CLIMATE_COLLECTIVE;
import static org.csh.reconciler.demo.SampleOrganisation.PARTNERSHIPS;
import static org.csh.reconciler.demo.SampleOrganisation.PUBLIC_HEALTH_ANALYTICS_HUB;
import static org.csh.reconciler.demo.SampleOrganisation.SMALL_GRANTS_INITIATIVE;
import static org.csh.reconciler.demo.SampleOrganisation.SUPPORT;
import static org.csh.reconciler.demo.SampleOrganisation.TRAINING;
import static org.csh.reconciler.demo.SampleOrganisation.UNKNOWN_ENGAGEMENT;
import static org.csh.reconciler.demo.SampleWork.CSH_LABEL;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.csh.reconciler.demo.SampleCatalogue.Habits;
import org.csh.reconciler.demo.SampleWork.EngagementDraft;
import org.csh.reconciler.demo.SampleWork.Issue;
import org.csh.reconciler.demo.SampleWork.SampleItem;
import org.csh.reconciler.demo.SampleWork.TaskDraft;

/**
 * One story per community: its contracts, and the work that makes its status and findings what
 * {@link SampleOrganisation#expectedStatuses()} and {@link SampleOrganisation#expectedFindings()} say,
 * whatever the run date.
 *
 * <p>Dates hang off the run date's month ({@code month} = its 1st). A term contract started six months
 * before that month is 50–59 % elapsed on any run date, so "OK" communities keep their used hours well
 * between half the expected hours and the contracted hours; their history spans the last 160 days, all
 * inside the term.
 */
final class SampleCommunities {

    /** A contract line of communities.yml. */
    record ContractTerms(LocalDate start, LocalDate end, int hours, String per) {
    }

    /** A community entry of communities.yml. */
    record CommunityTerms(String name, List<String> aliases, List<ContractTerms> contracts) {
    }

    private static final int HISTORY_DAYS = 160;

    private final SampleWork work;
    private final LocalDate month;
    private final LocalDate termStart;
    private final List<CommunityTerms> terms = new ArrayList<>();

    SampleCommunities(SampleWork work) {
        this.work = work;
        this.month = work.runDate().withDayOfMonth(1);
        this.termStart = month.minusMonths(6);
    }

    /** Writes every story into the work, in a fixed order so the random stream is the same each time. */
    void tell() {
        exampleUniversity();
        coastalEcologyLab();
        openClimateCollective();
        neuroDataCommons();
        mountainStateUniversity();
        digitalHumanitiesGuild();
        arcticObservatoryNetwork();
        publicHealthAnalyticsHub();
        smallGrantsInitiative();
        strangers();
        logProjects();
        allocate();
    }

    /**
     * Dates each engagement like the contract it serves (the one covering the run date, else its last), and allocates
     * each CSH task without dates of its own what that contract gives: a whole year of 8 h a month is 96 h.
     */
    private void allocate() {
        for (EngagementDraft engagement : work.engagements()) {
            CommunityTerms community = terms.stream().filter(t -> t.name().equalsIgnoreCase(engagement.community())
                    || t.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(engagement.community()))
                    || engagement.community().contains(t.name())).findFirst().orElse(null);
            if (community == null) {
                // a pilot with no contract: dated, never allocated
                engagement.dated(month.minusMonths(2), month.plusMonths(10).minusDays(1));
                continue;
            }
            ContractTerms contract = community.contracts().stream()
                    .filter(c -> !work.runDate().isBefore(c.start()) && !work.runDate().isAfter(c.end()))
                    .findFirst().orElse(community.contracts().get(community.contracts().size() - 1));
            if (!engagement.isDated()) {
                engagement.dated(contract.start(), contract.end());
            }
            for (TaskDraft task : engagement.tasks()) {
                if (!task.hasAllocation()) {
                    ContractTerms its = engagementContract(engagement, community, contract);
                    task.allocation(Integer.toString(its.hours() * periods(its)));
                }
            }
        }
    }

    /** The contract an engagement dated on its own (last year's) serves, else the current one. */
    private ContractTerms engagementContract(EngagementDraft engagement, CommunityTerms community,
            ContractTerms current) {
        return community.contracts().stream().filter(c -> c.end().isBefore(current.start()))
                .filter(c -> engagement.name().startsWith(String.format("%02d", c.start().getYear() % 100)))
                .findFirst().orElse(current);
    }

    private static int periods(ContractTerms contract) {
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(contract.start(), contract.end().plusDays(1));
        return switch (contract.per() == null ? "" : contract.per()) {
            case "month" -> months;
            case "quarter" -> months / 3;
            case "year" -> months / 12;
            default -> 1;
        };
    }

    /**
     * The Activity Log (each task also added to the engagement it served) and the sync automation's flat project:
     * a task counted once though also under a CSH task, one in two communities' engagements (WRONG_COMMUNITY), one
     * in no engagement (UNKNOWN_COMMUNITY), and mirrors found only there, so their issues are not NOT_SYNCED.
     */
    private void logProjects() {
        EngagementDraft exampleU = byCommunity("ExampleU");
        EngagementDraft healthHub = byCommunity(PUBLIC_HEALTH_ANALYTICS_HUB);
        EngagementDraft neuro = byCommunity("NDC");
        SampleWork.LogDraft log = work.logProject(SampleOrganisation.ACTIVITY_LOG);
        log.task("Office hours: Globus endpoint for the imaging lab", "Delivery; for the imaging lab.", exampleU)
                .completed(work.at(work.thisMonth(1), 14, 0)).minutes(30);
        log.task("Joint webinar: sharing clinical imaging data", "Delivery; for two member groups at once.",
                healthHub, neuro).completed(work.at(work.daysAgo(10), 16, 0)).minutes(90);
        log.task("Conference booth: research software community day", "Connecting; who it was for not recorded.")
                .completed(work.at(work.daysAgo(16), 12, 0)).minutes(120);
        log.alsoHolds(exampleU.taskFor(work.runDate()).manual("Stewardship: quarterly usage summary for the PI",
                "Also added to the Activity Log.").completed(work.at(work.daysAgo(4), 9, 30)).minutes(45));

        SampleWork.LogDraft sync = work.logProject(SampleOrganisation.SYNC_PROJECT);
        Issue ingest = work.issueTitled("Support call re: sensor data ingest backlog");
        sync.mirror(ingest);
        Issue radar = work.issueTitled("Storage quota question: raw radar archive");
        sync.mirror(radar).githubHours("1.5"); // copied before the board was corrected
    }

    private EngagementDraft byCommunity(String community) {
        return work.engagements().stream().filter(e -> e.community().equals(community)).findFirst().orElseThrow();
    }

    List<CommunityTerms> terms() {
        return List.copyOf(terms);
    }

    /** The contracts file, in the format of SPEC.md "Contracts". */
    String yaml() {
        StringBuilder yaml = new StringBuilder()
                .append("# Contracts of the --demo sample organisation, dated around the run date ")
                .append(work.runDate()).append(".\n")
                .append("communities:\n");
        for (CommunityTerms community : terms) {
            yaml.append("  - name: ").append(community.name()).append('\n')
                    .append("    aliases: [").append(String.join(", ", community.aliases())).append("]\n")
                    .append("    contracts:\n");
            for (ContractTerms c : community.contracts()) {
                yaml.append("      - { start: ").append(c.start().format(DateTimeFormatter.ISO_LOCAL_DATE))
                        .append(", end: ").append(c.end().format(DateTimeFormatter.ISO_LOCAL_DATE))
                        .append(", hours: ").append(c.hours());
                if (c.per() != null) {
                    yaml.append(", per: ").append(c.per());
                }
                yaml.append(" }\n");
            }
        }
        return yaml.toString();
    }

    // ---- the stories ----

    /** OK. Two contracts; DOUBLE_LOGGED (same title), HOURS_MISMATCH, sub-issues, 23:30 UTC close, NOT_SYNCED. */
    private void exampleUniversity() {
        contract(EXAMPLE_UNIVERSITY, List.of("ExampleU", "example-u"),
                new ContractTerms(termStart.minusYears(1), termStart.minusDays(1), 40, null),
                term(60));
        EngagementDraft engagement = work.engagement("ExampleU");
        TaskDraft csh = engagement.taskFor(work.runDate());

        Issue gpu = work.issue(SUPPORT, "Support call re: GPU quota for the imaging lab",
                "Dr. Okafor's lab hit the 4-GPU quota in a deadline week. 1h call, then raised the quota for two weeks.",
                CSH_LABEL, "ExampleU").completed(work.daysAgo(9)).board(1);
        csh.mirror(gpu);
        csh.repeatOf(gpu, "Logged from my calendar so it shows in Asana too.")
                .completed(work.during(work.daysAgo(9))).minutes(90);

        Issue pytorch = work.issue(SUPPORT, "JupyterHub image update: PyTorch 2.4 with CUDA 12",
                "New default image for the deep learning course; rebuilt and tested with the course notebooks.",
                CSH_LABEL, "ExampleU").completed(work.daysAgo(27)).board(2);
        csh.mirror(pytorch).githubHours("1.5"); // the board was corrected after the last sync

        Issue outage = work.issue(SUPPORT, "Incident follow-up: hub outage during the midterm exam",
                "Hub was down 40 minutes during the exam. Call with the course team on root cause and fix. 1.5h.",
                CSH_LABEL, EXAMPLE_UNIVERSITY);
        outage.closed(work.at(work.daysAgo(3), 23, 30), "completed").board(1.5); // late close: still that day in UTC
        csh.mirror(outage);

        onboardingWithSubIssues(csh);

        work.issue(SUPPORT, "Storage quota question: /project space for a new postdoc",
                "Raised /project from 2 TB to 5 TB for the new postdoc. [30min]", CSH_LABEL, "ExampleU")
                .completed(work.thisMonth(0)).board(0.5);
        // closed after the automation's last run: no mirror yet (NOT_SYNCED), counted from its label

        Issue reopened = work.issue(SUPPORT, "Support call re: Shibboleth attributes for guest accounts",
                "Guest accounts lose their group membership at login. Fixed once, came back after the IdP change.",
                CSH_LABEL, "example-u").reopened().board(1);
        csh.mirror(reopened);

        SampleCatalogue.fill(work, engagement, "ExampleU", 16, work.daysAgo(HISTORY_DAYS), work.runDate(), Habits.MIXED);
    }

    /** A tracking issue whose sub-issues (labelled and not, across repositories) are mirrored as its subtasks. */
    private void onboardingWithSubIssues(TaskDraft csh) {
        Issue parent = work.issue(TRAINING, "Onboarding training: Okafor imaging lab, new cohort",
                "Tracking issue for this cohort's onboarding.", CSH_LABEL, "ExampleU").board(1);
        SampleItem parentMirror = csh.mirror(parent);
        Issue notebooks = work.issue(TRAINING, "Onboarding: prepare training notebooks",
                "Adapted the intro notebooks to the lab's microscopy data. 2 hours.", CSH_LABEL)
                .subIssueOf(parent).completed(work.daysAgo(20)).board(2);
        Issue session = work.issue(TRAINING, "Onboarding: deliver session 1",
                "1.5h session with 2 staff; 14 attendees.", CSH_LABEL)
                .subIssueOf(parent).completed(work.daysAgo(12)).board(3);
        Issue accounts = work.issue(SUPPORT, "Onboarding: create accounts for 14 new users",
                "Bulk account creation and group setup.")
                .subIssueOf(parent).completed(work.daysAgo(21)).board(0.5);
        Issue secondSession = work.issue(TRAINING, "Onboarding: deliver session 2",
                "Scheduled once the lab's data is on the cluster.", CSH_LABEL).subIssueOf(parent);
        for (Issue child : List.of(notebooks, session, accounts, secondSession)) {
            csh.mirror(child).under(parentMirror);
        }
    }

    /** EXCEEDING on a monthly contract: a grant deadline this month (15 h against 8 h). */
    private void coastalEcologyLab() {
        LocalDate start = month.minusMonths(3);
        contract(COASTAL_ECOLOGY_LAB, List.of("CoastalEco", "coastal-ecology"),
                new ContractTerms(start, start.plusYears(1).minusDays(1), 8, "month"));
        // nobody chose its Community option: the name inside the deal-style project name tells it
        EngagementDraft engagement = work.engagement(work.runDate().getYear() % 100 + " " + COASTAL_ECOLOGY_LAB
                + " – data services", null);
        String label = COASTAL_ECOLOGY_LAB;

        Issue grant = work.issue(PARTNERSHIPS, "Grant co-writing: NSF CSSI proposal, data infrastructure section",
                "Drafted the cyberinfrastructure plan and facilities statement with the PI over three sessions.",
                CSH_LABEL, label).completed(work.thisMonth(4)).board(6);
        // the final read-through was timed in Asana on the mirror: GitHub Hours + Actual time
        engagement.taskFor(work.thisMonth(4)).mirror(grant).minutes(60);
        Issue planning = work.issue(PARTNERSHIPS, "Planning meeting: field season data pipeline",
                "1h call with 3 staff and the lab's data manager.", CSH_LABEL, label)
                .completed(work.thisMonth(2)).board(3);
        engagement.taskFor(work.thisMonth(2)).mirror(planning);
        engagement.taskFor(work.thisMonth(1)).manual("Data transfer support: 4 TB sonar archive to cold storage",
                "Watched the Globus transfer and retried the failed chunks.")
                .completed(work.during(work.thisMonth(1))).minutes(180);
        Issue gdal = work.issue(SUPPORT, "JupyterHub image update: add GDAL 3.9 and rasterio",
                "Needed for the new habitat maps.", CSH_LABEL, "coastal-ecology")
                .completed(work.thisMonth(0)).board(2);
        engagement.taskFor(work.thisMonth(0)).mirror(gdal);

        SampleCatalogue.fill(work, engagement, label, 9, start, month.minusDays(1), Habits.MIXED);
    }

    /** UNDERUSING on a quarterly contract: busy last quarter, nearly silent in this one. */
    private void openClimateCollective() {
        LocalDate start = month.minusMonths(4);
        LocalDate quarterStart = month.minusMonths(1); // the run date is in the 2nd month of its quarter
        contract(OPEN_CLIMATE_COLLECTIVE, List.of("OCC", "open-climate"),
                new ContractTerms(start, start.plusYears(1).minusDays(1), 24, "quarter"));
        EngagementDraft engagement = work.engagement(OPEN_CLIMATE_COLLECTIVE);

        engagement.taskFor(work.thisMonth(2)).manual("Office hours: CMIP6 data access from the hub",
                "Showed two postdocs how to read CMIP6 from the cloud mirror.")
                .completed(work.during(work.thisMonth(2))).minutes(90);
        Issue roadmap = work.issue(PARTNERSHIPS, "Planning meeting: Q3 roadmap and storage growth",
                "Waiting for the collective to pick a date.", CSH_LABEL, "OCC");
        engagement.taskFor(work.runDate()).mirror(roadmap);

        SampleCatalogue.fill(work, engagement, "OCC", 9, start, quarterStart.minusDays(1), Habits.MIXED);
    }

    /**
     * OK, with values nobody can use: "1,5" and "-2" GitHub Hours, a completed_at that is not ISO-8601; its CSH task
     * lacks the "Hours Used" field, so the write-back says so instead of writing there.
     */
    private void neuroDataCommons() {
        contract(NEURO_DATA_COMMONS, List.of("NDC", "neuro-data"), term(50));
        // renamed by the CRM's daily sync: only its Community drop-down still says whose it is
        EngagementDraft engagement = work.engagement("Deal 4411 (renewed)", "NDC");

        Issue dandi = work.issue(SUPPORT, "Support call re: DANDI upload failures",
                "Uploads timed out on large NWB files; moved them to the transfer node.", CSH_LABEL, "NDC")
                .completed(work.daysAgo(15));
        engagement.taskFor(work.daysAgo(15)).mirror(dandi).githubHours("1,5");
        Issue quota = work.issue(SUPPORT, "Storage quota question: imaging data growth",
                "Projected growth for the next year and what it would cost.", CSH_LABEL, "NDC")
                .completed(work.daysAgo(30));
        engagement.taskFor(work.daysAgo(30)).mirror(quota).githubHours("-2");
        LocalDate recovered = work.daysAgo(6);
        engagement.taskFor(recovered).manual("Incident follow-up: corrupted Zarr store",
                        "Recovered the store from snapshots with their engineer. 2 hours.")
                .minutes(120)
                .completedAtRaw(String.format("%02d/%02d/%d 15:04", recovered.getDayOfMonth(),
                        recovered.getMonthValue(), recovered.getYear()));

        SampleCatalogue.fill(work, engagement, "NDC", 14, work.daysAgo(HISTORY_DAYS), work.runDate(), Habits.MIXED);
        // the deal's project predates the template that brought the Hours Used field
        engagement.taskFor(work.runDate()).withoutHoursUsed();
    }

    /**
     * OK, two engagements (last year's contract and this one): STALE_MIRROR (issue closed as not planned),
     * DOUBLE_LOGGED (notes hold the issue's URL), TOTAL_MISMATCH (this term's CSH task allocated 77.5 h of 80 h),
     * WRONG_TASK (this month's office hours filed under last year's CSH task), issues closed as duplicate and not
     * planned, and a manual workshop with its own subtasks.
     */
    private void mountainStateUniversity() {
        contract(MOUNTAIN_STATE_UNIVERSITY, List.of("MSU", "mountain-state"),
                new ContractTerms(termStart.minusYears(1), termStart.minusDays(1), 80, null), term(80));
        EngagementDraft previous = work.engagement(String.format("%02d %s", termStart.minusYears(1).getYear() % 100,
                MOUNTAIN_STATE_UNIVERSITY), "MSU").dated(termStart.minusYears(1), termStart.minusDays(1));
        EngagementDraft engagement = work.engagement(MOUNTAIN_STATE_UNIVERSITY);
        // the allocation typed at the renewal, before the contract's final figure was agreed
        engagement.task(SampleWork.CSH_TASK).allocation("77.5");
        // staff picked last year's task from the search box; a fixed time keeps the sample's random stream as it was
        previous.task(SampleWork.CSH_TASK).manual("Office hours: Slurm fair-share for the new term",
                "Explained the new fair-share weights to two PIs.").completed(work.at(work.thisMonth(2), 10, 0))
                .minutes(60);

        Issue conda = work.issue(SUPPORT, "Custom conda environment for the seismology course",
                "Course switched to the standard image instead; nothing to build.", CSH_LABEL, "MSU")
                .closed(work.during(work.thisMonth(3)), "not_planned").board(2);
        engagement.taskFor(work.thisMonth(3)).mirror(conda); // completed by the automation all the same

        Issue containers = work.issue(TRAINING, "Workshop: Intro to containers for the geology department",
                "1.5h session with 2 staff, prep done earlier.", CSH_LABEL, "MSU")
                .completed(work.thisMonth(5)).board(3);
        engagement.taskFor(work.thisMonth(5)).mirror(containers);
        engagement.taskFor(work.thisMonth(5)).manual("Containers workshop: prep and delivery",
                        "Same work as " + containers.url() + " – logging it here for the dean's quarterly report.")
                .completed(work.during(work.thisMonth(5))).minutes(240);

        work.issue(SUPPORT, "Cannot log in to JupyterHub after password change",
                "Same as the SSO ticket from last week.", CSH_LABEL, "MSU")
                .closed(work.during(work.daysAgo(8)), "duplicate");
        work.issue(PARTNERSHIPS, "Request: dedicated GPU node for summer school",
                "Out of scope for CSH; passed to sales.", CSH_LABEL, "mountain-state")
                .closed(work.during(work.daysAgo(40)), "not_planned");

        LocalDate workshopDay = work.daysAgo(50);
        TaskDraft workshopTask = engagement.taskFor(workshopDay);
        SampleItem workshop = workshopTask.manual("Workshop: research data management basics",
                "Coordination with the library and room booking.").completed(work.during(workshopDay)).minutes(60);
        workshopTask.manual("RDM workshop: prepare slides and exercises", "")
                .completed(work.during(workshopDay.minusDays(2))).minutes(120).under(workshop);
        workshopTask.manual("RDM workshop: teach the session", "1.5h session with 2 staff.")
                .completed(work.during(workshopDay)).minutes(180).under(workshop);

        lastQuarterReview(engagement);
        SampleCatalogue.fill(work, engagement, "MSU", 20, work.daysAgo(HISTORY_DAYS), work.runDate(), Habits.MIXED);
    }

    /** Work around last quarter's review with the committee. */
    private void lastQuarterReview(EngagementDraft engagement) {
        LocalDate quarterStart = work.runDate().withMonth((work.runDate().getMonthValue() - 1) / 3 * 3 + 1)
                .withDayOfMonth(1);
        LocalDate review = quarterStart.minusDays(10);
        TaskDraft lastQuarter = engagement.taskFor(review);
        Issue meeting = work.issue(PARTNERSHIPS, "Planning meeting: quarterly review with the research computing committee",
                "Reviewed usage and next quarter's plans.", CSH_LABEL, "MSU").completed(review).board(1.5);
        lastQuarter.mirror(meeting);
        lastQuarter.manual("Office hours: cluster allocation renewal", "Helped three groups with their renewals.")
                .completed(work.during(review.minusDays(3))).minutes(120);
    }

    /** NO_CONTRACT: the contract ended last month, work carried on this month. */
    private void digitalHumanitiesGuild() {
        contract(DIGITAL_HUMANITIES_GUILD, List.of("DH Guild", "dh-guild"),
                new ContractTerms(month.minusMonths(12), month.minusDays(1), 40, null));
        EngagementDraft engagement = work.engagement("DH Guild");

        engagement.taskFor(work.thisMonth(1)).manual("Office hours: OCR pipeline for 19th-century newspapers",
                "Tesseract settings and batch jobs for the newspaper scans.")
                .completed(work.during(work.thisMonth(1))).minutes(60);
        Issue spacy = work.issue(SUPPORT, "JupyterHub image update: add spaCy language models",
                "Added the German and French models for the text-mining seminar.", CSH_LABEL, "dh-guild")
                .completed(work.thisMonth(0)).board(1.5);
        engagement.taskFor(work.thisMonth(0)).mirror(spacy);

        SampleCatalogue.fill(work, engagement, "dh-guild", 8, month.minusMonths(5), month.minusDays(1), Habits.MIXED);
    }

    /** OK but NO_ENGAGEMENT: its Asana project has no CSH task, so every issue is NOT_SYNCED. */
    private void arcticObservatoryNetwork() {
        contract(ARCTIC_OBSERVATORY_NETWORK, List.of("AON", "arctic-obs"), term(20));
        work.engagement(ARCTIC_OBSERVATORY_NETWORK); // set up by sales, nobody created the CSH task

        work.issue(SUPPORT, "Support call re: sensor data ingest backlog",
                "Ingest from the buoys fell three days behind; tuned the queue with their engineer.", CSH_LABEL, "AON")
                .completed(work.daysAgo(12)).board(2);
        work.issue(SUPPORT, "Storage quota question: raw radar archive", "", CSH_LABEL, "AON")
                .completed(work.daysAgo(40)).board(1);
        work.issue(PARTNERSHIPS, "Planning meeting: winter deployment data flows", "1h call with 3 staff.",
                CSH_LABEL, "arctic-obs").completed(work.daysAgo(70)).board(3);
        work.issue(SUPPORT, "JupyterHub image update: add xarray and zarr for the radar team", "",
                CSH_LABEL, "AON").completed(work.daysAgo(95)).board(2);
        // no community label: only the title says whose work it is
        work.issue(TRAINING, "AON: advice on Zarr chunking for time series", "Question from office hours.", CSH_LABEL)
                .completed(work.thisMonth(3)).board(1);
        work.issue(TRAINING, "Workshop: data access for visiting scientists", "Planned for the next field season.",
                CSH_LABEL, "AON");
    }

    /** OK: WRONG_COMMUNITY, MISSING_TIME, a hand-typed Total Time and a mirror of an issue we never read. */
    private void publicHealthAnalyticsHub() {
        contract(PUBLIC_HEALTH_ANALYTICS_HUB, List.of("PHAH", "ph-hub"), term(40));
        EngagementDraft engagement = work.engagement(PUBLIC_HEALTH_ANALYTICS_HUB);
        TaskDraft csh = engagement.taskFor(work.runDate());

        csh.manual("BIDS validation help for " + NEURO_DATA_COMMONS, "Walked their data curator through the errors.")
                .completed(work.during(work.daysAgo(18))).minutes(60);
        csh.manual("Support call re: REDCap export to the secure enclave",
                "45 min call with 2 staff; the export now runs nightly.").completed(work.during(work.daysAgo(7)));
        csh.manual("Reviewed data sharing agreement draft", "Comments sent to their legal contact.")
                .completed(work.during(work.daysAgo(33)));
        Issue enclave = work.issue(SUPPORT, "Secure enclave access request follow-up",
                "Checked the approvals and re-ran the provisioning. [30min]", CSH_LABEL, "PHAH")
                .completed(work.daysAgo(22)); // never put on the board
        csh.mirror(enclave);
        csh.manual("Planning meeting: dashboard hosting options", "Compared three hosting options.")
                .completed(work.during(work.daysAgo(45))).totalTime("1.5");
        csh.manual("Migrate course hub to the new cluster", "Synced from GitHub.")
                .githubUrl("https://github.com/" + SampleOrganisation.ORGANISATION + "/infrastructure/issues/214")
                .githubHours("2").totalTime("2")
                .completed(work.during(work.daysAgo(28)));

        SampleCatalogue.fill(work, engagement, "PHAH", 10, work.daysAgo(HISTORY_DAYS), work.runDate(), Habits.MIXED);
    }

    /** OK on a yearly allowance; every item timed and the CSH task's Hours Total right. */
    private void smallGrantsInitiative() {
        LocalDate start = month.minusMonths(18);
        contract(SMALL_GRANTS_INITIATIVE, List.of("SGI", "small-grants"),
                new ContractTerms(start, start.plusYears(3).minusDays(1), 12, "year"));
        EngagementDraft engagement = work.engagement(SMALL_GRANTS_INITIATIVE);
        engagement.taskFor(work.runDate());
        SampleCatalogue.fill(work, engagement, "SGI", 6, work.daysAgo(HISTORY_DAYS), work.runDate(), Habits.ALWAYS_TIMED);
    }

    /** UNKNOWN_COMMUNITY twice: a project for a group with no contract entry, and an issue naming nobody. */
    private void strangers() {
        EngagementDraft engagement = work.engagement(UNKNOWN_ENGAGEMENT);
        TaskDraft csh = engagement.taskFor(work.runDate());
        csh.manual("Support call re: ice-sheet model output on shared storage", "Pilot phase. [1h]")
                .completed(work.during(work.daysAgo(20))).minutes(60);
        // at a fixed time of the run's month, so the pilot has always delivered in the range: NO_CONTRACT for BD
        csh.manual("Pilot check-in call", "").completed(work.at(work.thisMonth(0), 11, 0)).minutes(30);
        csh.manual("Planning meeting: pilot project scope", "")
                .completed(work.during(work.daysAgo(35))).minutes(90);
        Issue pilot = work.issue(SUPPORT, "Pilot account setup for a new partner group", "Six accounts, one project.",
                CSH_LABEL).completed(work.daysAgo(19)).board(1);
        csh.mirror(pilot);

        work.issue(SUPPORT, "Question about shared storage pricing for a prospective partner",
                "Came in through the contact form without a group name; answered with the price sheet. [30min]",
                CSH_LABEL).completed(work.thisMonth(1)).board(0.5);
    }

    // ---- contracts ----

    private ContractTerms term(int hours) {
        return new ContractTerms(termStart, termStart.plusYears(1).minusDays(1), hours, null);
    }

    private void contract(String name, List<String> aliases, ContractTerms... contracts) {
        terms.add(new CommunityTerms(name, aliases, List.of(contracts)));
    }
}
