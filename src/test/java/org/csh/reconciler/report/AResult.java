package org.csh.reconciler.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.estimate.Estimate;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.ItemState;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Source;
import org.csh.reconciler.reconcile.Status;
import org.csh.reconciler.reconcile.WorkItem;

/** Test data builder: each test states only the fields it cares about. */
final class AResult {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 25);

    private final List<CommunityStatus> communities = new ArrayList<>();
    private final List<WorkItem> items = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    static AResult aResult() {
        return new AResult();
    }

    AResult with(ACommunity community) {
        communities.add(community.build());
        return this;
    }

    AResult with(AnItem item) {
        items.add(item.build());
        return this;
    }

    AResult with(Finding finding) {
        findings.add(finding);
        return this;
    }

    ReconcileResult build() {
        return new ReconcileResult(FROM, TO, communities, items, findings);
    }

    static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }

    static Finding finding(Finding.Code code, String community, String url, String detail) {
        return new Finding(code, Optional.ofNullable(community), Optional.ofNullable(url), detail);
    }

    static ACommunity community(String name) {
        return new ACommunity(name);
    }

    static AnItem item(String title) {
        return new AnItem(title);
    }

    /** A community's status; by default OK under a 40 h contract for 2026. */
    static final class ACommunity {
        private final String name;
        private Optional<ContractPeriod> period =
                Optional.of(new ContractPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), hours("40")));
        private BigDecimal logged = hours("30.25");
        private BigDecimal estimated = hours("2.50");
        private Optional<BigDecimal> expected = Optional.of(hours("35.62"));
        private Optional<BigDecimal> usedPercent = Optional.of(hours("81.88"));
        private Status status = Status.OK;
        private BigDecimal inRange = hours("4.00");
        private String reason = "On track.";

        private ACommunity(String name) {
            this.name = name;
        }

        ACommunity withoutContract() {
            period = Optional.empty();
            expected = Optional.empty();
            usedPercent = Optional.empty();
            return this;
        }

        ACommunity status(Status value, String why) {
            status = value;
            reason = why;
            return this;
        }

        ACommunity logged(String value, String estimatedValue) {
            logged = hours(value);
            estimated = hours(estimatedValue);
            return this;
        }

        ACommunity usedPercent(String value) {
            usedPercent = Optional.of(hours(value));
            return this;
        }

        CommunityStatus build() {
            return new CommunityStatus(name, period, period.map(ContractPeriod::hours), logged, estimated, expected,
                    usedPercent, status, inRange, reason);
        }
    }

    /** A work item; by default a completed GitHub issue of Example University with 1.5 logged hours. */
    static final class AnItem {
        private final String title;
        private Optional<String> community = Optional.of("Example University");
        private Source source = Source.GITHUB;
        private String url = "https://github.com/org/repo/issues/1";
        private ItemState state = ItemState.COMPLETED;
        private Optional<LocalDate> completedOn = Optional.of(LocalDate.of(2026, 11, 10));
        private Optional<BigDecimal> hours = Optional.of(hours("1.50"));
        private Optional<Estimate> estimate = Optional.empty();

        private AnItem(String title) {
            this.title = title;
        }

        AnItem community(String value) {
            community = Optional.ofNullable(value);
            return this;
        }

        AnItem source(Source value) {
            source = value;
            return this;
        }

        AnItem url(String value) {
            url = value;
            return this;
        }

        AnItem completedOn(LocalDate value) {
            completedOn = Optional.of(value);
            return this;
        }

        AnItem open() {
            state = ItemState.OPEN;
            completedOn = Optional.empty();
            hours = Optional.empty();
            return this;
        }

        AnItem estimated(long minutes, String basis, Estimate.Confidence confidence) {
            estimate = Optional.of(new Estimate(minutes, basis, confidence));
            hours = Optional.of(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
            return this;
        }

        WorkItem build() {
            return new WorkItem(url, community, source, title, url, state, completedOn, hours, estimate);
        }
    }
}
