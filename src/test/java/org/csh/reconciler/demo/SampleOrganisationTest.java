package org.csh.reconciler.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class SampleOrganisationTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 17);

    @Test
    void sameRunDateGivesTheSameOrganisation() {
        SampleOrganisation first = SampleOrganisation.load(RUN_DATE);
        SampleOrganisation second = SampleOrganisation.load(RUN_DATE);

        assertThat(second.github()).isEqualTo(first.github());
        assertThat(second.asana()).isEqualTo(first.asana());
        assertThat(second.communitiesYaml()).isEqualTo(first.communitiesYaml());
    }

    @Test
    void holdsAtLeastEightCommunitiesAndAHundredTwentyWorkItems() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);

        Set<String> mirrored = items(sample).stream().filter(AsanaWorkItem::isMirror)
                .map(AsanaWorkItem::githubUrl).collect(Collectors.toSet());
        long unmirroredIssues = sample.github().issues().stream().filter(i -> !mirrored.contains(i.url())).count();

        assertThat(communities(sample).all()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(unmirroredIssues + items(sample).size()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void communitiesYamlIsYamlInTheContractsFormat() {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(SampleOrganisation.load(RUN_DATE).communitiesYaml());

        assertThat(root).containsKey("communities");
        assertThat(communities(SampleOrganisation.load(RUN_DATE)).all())
                .allSatisfy(c -> assertThat(c.contracts()).isNotEmpty())
                .extracting(Community::name)
                .containsAll(SampleExpectations.expectedStatuses().keySet().stream()
                        .filter(c -> !c.equals(SampleExpectations.UNKNOWN_ENGAGEMENT)).toList())
                .doesNotContain(SampleExpectations.UNKNOWN_ENGAGEMENT);
    }

    @Test
    void contractsIncludeAMonthlyAndAQuarterlyAllowance() {
        String yaml = SampleOrganisation.load(RUN_DATE).communitiesYaml();

        assertThat(yaml).contains("per: month").contains("per: quarter");
    }

    @Test
    void everyEngagementAndLabelNamesAKnownCommunityOrTheDeliberateStranger() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);
        Communities communities = communities(sample);

        // engagements are named after deals ("26 ExampleU"): their Community option names the community
        List<String> spellings = new ArrayList<>();
        sample.asana().engagements().stream().filter(e -> e.communityValue() != null)
                .forEach(e -> spellings.add(e.communityValue()));
        sample.github().issues().forEach(i -> spellings.addAll(i.labels()));

        assertThat(spellings).filteredOn(s -> !s.equals("CSH"))
                .allSatisfy(s -> assertThat(communities.bySpelling(s).isPresent()
                        || s.equals(SampleExpectations.UNKNOWN_ENGAGEMENT)).as(s).isTrue());
    }

    @Test
    void everySubIssueCountMatchesItsChildren() {
        List<GitHubIssue> issues = SampleOrganisation.load(RUN_DATE).github().issues();
        Map<String, Long> children = issues.stream().filter(GitHubIssue::isSubIssue)
                .collect(Collectors.groupingBy(GitHubIssue::parentUrl, Collectors.counting()));

        assertThat(children).isNotEmpty();
        assertThat(issues).allSatisfy(i ->
                assertThat((long) i.subIssuesTotal()).as(i.url()).isEqualTo(children.getOrDefault(i.url(), 0L)));
    }

    @Test
    void everyParentUrlPointsAtAnIssueOfTheSample() {
        List<GitHubIssue> issues = SampleOrganisation.load(RUN_DATE).github().issues();
        Set<String> urls = issues.stream().map(GitHubIssue::url).collect(Collectors.toSet());

        assertThat(issues).filteredOn(GitHubIssue::isSubIssue)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(urls).contains(i.parentUrl()));
    }

    @Test
    void subIssuesIncludeLabelledAndUnlabelledOnes() {
        List<GitHubIssue> subIssues = SampleOrganisation.load(RUN_DATE).github().issues().stream()
                .filter(GitHubIssue::isSubIssue).toList();

        assertThat(subIssues).anyMatch(GitHubIssue::labelled).anyMatch(i -> !i.labelled());
    }

    @Test
    void issuesAreInTheConfiguredRepositoriesWithMatchingUrls() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);
        List<GitHubIssue> issues = sample.github().issues();

        assertThat(issues).allSatisfy(i -> {
            assertThat(sample.repositories()).contains(i.repository());
            assertThat(i.url()).isEqualTo("https://github.com/" + i.repository() + "/issues/" + i.number());
            assertThat(i.labelled()).isEqualTo(i.labels().contains("CSH"));
        });
        assertThat(issues.stream().map(GitHubIssue::url).distinct().count()).isEqualTo(issues.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-17", "2026-11-01", "2026-11-02", "2027-01-01", "2028-02-29", "2026-12-31"})
    void nothingIsDatedAfterTheRunDate(String runDate) {
        LocalDate to = LocalDate.parse(runDate);
        SampleOrganisation sample = SampleOrganisation.load(to);
        Instant endOfRunDate = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

        assertThat(sample.github().issues()).allSatisfy(i -> {
            assertThat(i.updatedAt()).isBefore(endOfRunDate);
            if (i.closedAt() != null) {
                assertThat(i.closedAt()).isBefore(endOfRunDate);
            }
        });
        assertThat(items(sample)).filteredOn(i -> i.completedAt() != null && isIso(i.completedAt()))
                .allSatisfy(i -> assertThat(Instant.parse(i.completedAt())).isBefore(endOfRunDate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-17", "2026-11-01"})
    void someWorkIsDeliveredInTheRunsMonth(String runDate) {
        LocalDate to = LocalDate.parse(runDate);
        SampleOrganisation sample = SampleOrganisation.load(to);

        assertThat(sample.github().issues()).filteredOn(i -> i.closedAt() != null)
                .anyMatch(i -> !i.closedAt().atZone(ZoneOffset.UTC).toLocalDate().isBefore(to.withDayOfMonth(1)));
    }

    @Test
    void theSameAmountOfWorkAppearsWhateverTheRunDate() {
        SampleOrganisation november = SampleOrganisation.load(RUN_DATE);
        SampleOrganisation february = SampleOrganisation.load(LocalDate.of(2027, 2, 1));

        assertThat(february.github().issues()).hasSameSizeAs(november.github().issues());
        assertThat(items(february)).hasSameSizeAs(items(november));
        assertThat(february.github().boardHours().values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(november.github().boardHours().values().stream().mapToDouble(Double::doubleValue).sum());
    }

    @Test
    void asanaGidsAreUnique() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);
        List<String> gids = new ArrayList<>();
        gids.add(sample.portfolioGid());
        for (Engagement engagement : sample.asana().engagements()) {
            gids.add(engagement.gid());
            for (CshTask task : engagement.cshTasks()) {
                gids.add(task.gid());
                task.items().forEach(i -> gids.add(i.gid()));
            }
        }
        // a log task also filed under a CSH task is one task, with one gid, in both places
        Set<String> filed = Set.copyOf(gids);
        sample.asana().logProjects().forEach(log -> {
            gids.add(log.gid());
            log.items().stream().filter(i -> !filed.contains(i.gid())).forEach(i -> gids.add(i.gid()));
        });

        assertThat(gids).doesNotHaveDuplicates().allMatch(g -> g.matches("\\d{16}"));
    }

    @Test
    void asanaItemsAreCompletedWithADateAndLinkedToTheirProject() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);

        for (Engagement engagement : sample.asana().engagements()) {
            assertThat(engagement.cshTasks()).allSatisfy(t -> assertThat(t.name()).startsWith("Community Success Hours"));
            assertThat(engagement.cshTasks()).flatMap(CshTask::items).allSatisfy(i -> {
                assertThat(i.url()).isEqualTo("https://app.asana.com/0/" + engagement.gid() + "/" + i.gid());
                assertThat(i.completed()).isEqualTo(i.completedAt() != null);
            });
        }
    }

    @Test
    void everyStatusAndFindingCodeHasADemonstration() {
        assertThat(SampleExpectations.expectedStatuses().values()).containsAll(
                Arrays.stream(Status.values()).map(Status::name).toList());
        assertThat(SampleExpectations.expectedFindings()).containsOnlyKeys(Finding.Code.values());
    }

    @Test
    void expectedStatusesHoldOnEveryRunDateOfAYearAndALeapFebruary() {
        List<LocalDate> days = new ArrayList<>(LocalDate.of(2026, 6, 1).datesUntil(LocalDate.of(2027, 6, 1)).toList());
        days.addAll(List.of(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 1)));
        for (LocalDate day : days) {
            NaiveStatusCalculator calculator = new NaiveStatusCalculator(SampleOrganisation.load(day), day);
            Map<String, String> lower = names(calculator.statuses(false));
            Map<String, String> upper = names(calculator.statuses(true));

            assertThat(lower).as("least hours on " + day).isEqualTo(SampleExpectations.expectedStatuses());
            assertThat(upper).as("most hours on " + day).isEqualTo(SampleExpectations.expectedStatuses());
        }
    }

    @Test
    void onlyTheDeliberateSubtasksRepeatAnIssue() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);
        List<GitHubIssue> issues = sample.github().issues();

        List<String> repeats = items(sample).stream().filter(i -> !i.isMirror())
                .filter(i -> issues.stream().anyMatch(issue -> i.notes().contains(issue.url())
                        || SampleExpectations.normalised(issue.title()).equals(SampleExpectations.normalised(i.name()))))
                .map(AsanaWorkItem::name).toList();

        assertThat(repeats).containsExactlyInAnyOrder(
                "support call re gpu quota for the imaging lab", "Containers workshop: prep and delivery");
    }

    @Test
    void onlyTheDeliberateItemNamesAnotherCommunity() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);
        Communities communities = communities(sample);
        List<String> strays = new ArrayList<>();
        for (Engagement engagement : sample.asana().engagements()) {
            String home = communities.bySpelling(engagement.name()).map(Community::name).orElse("");
            engagement.cshTasks().stream().flatMap(t -> t.items().stream())
                    .filter(i -> communities.all().stream().filter(c -> !c.name().equals(home))
                            .anyMatch(c -> c.spellings().stream()
                                    .anyMatch(s -> NaiveStatusCalculator.names(i.name() + " " + i.notes(), s))))
                    .forEach(i -> strays.add(i.name()));
        }

        assertThat(strays).containsExactly("BIDS validation help for Neuro Data Commons");
    }

    @Test
    void mirrorsAgreeWithTheBoardExceptTheDeliberateMismatch() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);
        Map<String, Double> board = sample.github().boardHours();

        List<String> mismatched = items(sample).stream()
                .filter(i -> i.isMirror() && board.containsKey(i.githubUrl()))
                .filter(i -> !Objects.equals(SampleExpectations.hoursText(board.get(i.githubUrl())), i.githubHours()))
                .map(AsanaWorkItem::name).toList();

        assertThat(mismatched).containsExactly("JupyterHub image update: PyTorch 2.4 with CUDA 12");
    }

    @Test
    void mostIssuesHaveAMirrorAndMostMirrorsAreUntimed() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);
        List<AsanaWorkItem> mirrors = items(sample).stream().filter(AsanaWorkItem::isMirror).toList();
        Set<String> mirrored = mirrors.stream().map(AsanaWorkItem::githubUrl).collect(Collectors.toSet());

        assertThat(sample.github().issues()).filteredOn(i -> mirrored.contains(i.url()))
                .hasSizeGreaterThan(sample.github().issues().size() * 3 / 4);
        assertThat(mirrors).filteredOn(m -> m.actualTimeMinutes().isEmpty()).hasSizeGreaterThan(mirrors.size() * 3 / 4);
        assertThat(items(sample)).filteredOn(i -> !i.isMirror() && i.actualTimeMinutes().isPresent()).isNotEmpty();
    }

    @Test
    void oneIssueClosesLateInTheUtcDay() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);

        assertThat(sample.github().issues()).filteredOn(i -> i.closedAt() != null)
                .anyMatch(i -> i.closedAt().atZone(ZoneOffset.UTC).getHour() == 23
                        && i.closedAt().atZone(ZoneOffset.UTC).getMinute() == 30);
    }

    @Test
    void issuesShowEveryStateReason() {
        List<GitHubIssue> issues = SampleOrganisation.load(RUN_DATE).github().issues();

        assertThat(issues).extracting(GitHubIssue::stateReason)
                .contains("completed", "not_planned", "duplicate", "reopened", null);
        assertThat(issues).anyMatch(i -> !i.isClosed());
    }

    @Test
    void cshTasksAreDatedAndAllocatedLikeTheirContracts() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);

        assertThat(sample.asana().engagements()).filteredOn(e -> !e.cshTasks().isEmpty())
                .allSatisfy(e -> assertThat(e.startOn()).as(e.name()).isNotNull());
        assertThat(sample.asana().engagements()).flatMap(Engagement::cshTasks).extracting(CshTask::hoursTotal)
                .contains("96", "36", "77.5", "80");
        assertThat(sample.asana().engagements()).extracting(Engagement::name)
                .contains("Deal 4411 (renewed)", "25 Mountain State University", "26 Mountain State University");
    }

    @Test
    void logProjectsHoldActivityLogTasksAndSyncMirrors() {
        SampleOrganisation sample = SampleOrganisation.load(RUN_DATE);

        assertThat(sample.asana().logProjects()).extracting(org.csh.reconciler.asana.LogProject::name)
                .containsExactly(SampleExpectations.ACTIVITY_LOG, SampleExpectations.SYNC_PROJECT);
        assertThat(sample.asana().logProjects().get(1).items()).allSatisfy(i -> assertThat(i.isMirror()).isTrue());
        assertThat(sample.asana().logProjects().get(0).items()).anySatisfy(i -> assertThat(i.projectGids()).hasSize(3))
                .anySatisfy(i -> assertThat(i.projectGids()).hasSize(1));
    }

    private static boolean isIso(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Map<String, String> names(Map<String, Status> statuses) {
        return statuses.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
    }

    private static Communities communities(SampleOrganisation sample) {
        return NaiveStatusCalculator.parse(sample.communitiesYaml());
    }

    private static List<AsanaWorkItem> items(SampleOrganisation sample) {
        return sample.asana().engagements().stream().flatMap(e -> e.cshTasks().stream())
                .flatMap(t -> t.items().stream()).toList();
    }
}
