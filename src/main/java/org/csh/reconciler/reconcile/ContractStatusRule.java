package org.csh.reconciler.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.contract.Community;
import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.hours.Minutes;

/**
 * Rule 6: a community's period-to-date use against the contract period containing the run's {@code to}.
 */
final class ContractStatusRule {

    private static final BigDecimal UNDERUSE_MIN_ELAPSED = new BigDecimal("0.25");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReconcileSettings settings;

    ContractStatusRule(ReconcileSettings settings) {
        this.settings = settings;
    }

    /** @param delivered the community's delivered items, each with a completion date */
    CommunityStatus status(Community community, List<ItemDraft> delivered) {
        LocalDate to = settings.to();
        long loggedInRange = minutes(delivered, settings.from(), to, false);
        long estimatedInRange = minutes(delivered, settings.from(), to, true);
        long inRange = loggedInRange + estimatedInRange;
        BigDecimal hoursInRange = Minutes.toHours(inRange);
        Optional<ContractPeriod> found = community.periodContaining(to);
        if (found.isEmpty()) {
            boolean delivering = inRange > 0;
            String reason = delivering
                    ? ShownHours.text(hoursInRange) + " h delivered between " + settings.from() + " and " + to
                            + " with no contract covering " + to
                    : "no contract covers " + to + " and nothing was delivered in range";
            // with no period to count from, BD see what was delivered in the run's range as the use
            return new CommunityStatus(community.name(), Optional.empty(), Optional.empty(),
                    Minutes.toHours(loggedInRange), Minutes.toHours(estimatedInRange), Optional.empty(), Optional.empty(),
                    delivering ? Status.NO_CONTRACT : Status.OK, hoursInRange, reason);
        }
        ContractPeriod period = found.get();
        BigDecimal logged = Minutes.toHours(minutes(delivered, period.start(), to, false));
        BigDecimal estimated = Minutes.toHours(minutes(delivered, period.start(), to, true));
        BigDecimal used = logged.add(estimated);
        BigDecimal contracted = period.hours().setScale(2, RoundingMode.HALF_UP);
        BigDecimal elapsed = BigDecimal.valueOf(period.daysElapsed(to))
                .divide(BigDecimal.valueOf(period.lengthInDays()), 6, RoundingMode.HALF_UP);
        BigDecimal expected = contracted.multiply(elapsed).setScale(2, RoundingMode.HALF_UP);
        Optional<BigDecimal> usedPercent = contracted.signum() == 0 ? Optional.empty()
                : Optional.of(used.multiply(HUNDRED).divide(contracted, 2, RoundingMode.HALF_UP));

        Status status;
        String reason;
        if (used.compareTo(contracted.multiply(settings.overRatio())) > 0) {
            status = Status.EXCEEDING;
            reason = "used " + ShownHours.text(used) + " h of " + ShownHours.text(contracted) + " h contracted for "
                    + period.start() + " – " + period.end()
                    + usedPercent.map(p -> " (" + ShownHours.percent(p) + " %)").orElse("");
        } else if (elapsed.compareTo(UNDERUSE_MIN_ELAPSED) >= 0
                && used.compareTo(expected.multiply(settings.underRatio())) < 0) {
            status = Status.UNDERUSING;
            reason = "used " + ShownHours.text(used) + " h but " + ShownHours.text(expected) + " h expected by " + to
                    + " (" + elapsed.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP) + " % of the period elapsed)";
        } else {
            status = Status.OK;
            reason = "used " + ShownHours.text(used) + " h of " + ShownHours.text(contracted) + " h; "
                    + ShownHours.text(expected) + " h expected by " + to;
        }
        return new CommunityStatus(community.name(), Optional.of(period), Optional.of(contracted), logged, estimated,
                Optional.of(expected), usedPercent, status, hoursInRange, reason);
    }

    private static long minutes(List<ItemDraft> delivered, LocalDate first, LocalDate last, boolean estimated) {
        return delivered.stream()
                .filter(d -> d.isDeliveredOn(first, last))
                .filter(d -> d.estimate.isPresent() == estimated)
                .mapToLong(d -> d.countedMinutes().orElse(0))
                .sum();
    }
}
