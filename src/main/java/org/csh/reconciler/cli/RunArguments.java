package org.csh.reconciler.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.csh.reconciler.settings.SettingNames;
import org.csh.reconciler.store.RunSnapshots;

/**
 * The product's own command-line flags (SPEC.md "Running it"). Anything else must be a Spring property
 * override such as {@code --csh.zone=Europe/Berlin}; an unknown flag is an error, not silently ignored.
 */
public record RunArguments(
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        boolean demo,
        boolean noEmail,
        boolean evaluateEstimates,
        Optional<String> statement,
        Optional<Balance> balance,
        boolean noWriteBack) {

    private static final Set<String> SWITCHES = Set.of("--demo", "--no-email", "--evaluate-estimates",
            "--statement=<community>", "--balance[=<community>]", "--no-write-back");

    /** {@code --balance}: every community's, or only the one named. */
    public record Balance(Optional<String> community) {
    }

    /** A run of the job with these flags (no balance asked for, write-back as configured). */
    public RunArguments(Optional<LocalDate> from, Optional<LocalDate> to, boolean demo, boolean noEmail,
            boolean evaluateEstimates, Optional<String> statement) {
        this(from, to, demo, noEmail, evaluateEstimates, statement, Optional.empty(), false);
    }

    public static RunArguments parse(String... args) {
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        boolean demo = false;
        boolean noEmail = false;
        boolean evaluateEstimates = false;
        Optional<String> statement = Optional.empty();
        Optional<Balance> balance = Optional.empty();
        boolean noWriteBack = false;
        List<String> problems = new ArrayList<>();
        problems.addAll(SettingNames.repeated(args));
        for (String arg : args) {
            if (arg.startsWith("--from=")) {
                from = date("--from", arg.substring(7), problems);
            } else if (arg.startsWith("--to=")) {
                to = date("--to", arg.substring(5), problems);
            } else if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--no-email")) {
                noEmail = true;
            } else if (arg.equals("--evaluate-estimates")) {
                evaluateEstimates = true;
            } else if (arg.startsWith("--statement=")) {
                String community = arg.substring("--statement=".length()).strip();
                if (community.isEmpty()) {
                    problems.add("--statement needs a community name, e.g. --statement=\"Example University\"");
                } else {
                    statement = Optional.of(community);
                }
            } else if (arg.equals("--balance")) {
                balance = Optional.of(new Balance(Optional.empty()));
            } else if (arg.startsWith("--balance=")) {
                String community = arg.substring("--balance=".length()).strip();
                if (community.isEmpty()) {
                    problems.add("--balance= needs a community name, e.g. --balance=\"Example University\", or"
                            + " --balance alone for every community");
                } else {
                    balance = Optional.of(new Balance(Optional.of(community)));
                }
            } else if (arg.equals("--no-write-back")) {
                noWriteBack = true;
            } else if (!isPropertyOverride(arg)) {
                problems.add("unknown argument '" + printable(arg) + "' (expected --from=YYYY-MM-DD, --to=YYYY-MM-DD, "
                        + String.join(", ", SWITCHES.stream().sorted().toList()) + " or --<property>=<value>)");
            }
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            problems.add("--from " + from.get() + " is after --to " + to.get());
        }
        if (balance.isPresent() && (statement.isPresent() || evaluateEstimates || from.isPresent()
                || to.isPresent())) {
            // the balance reads stored figures and runs nothing: a flag of a run would silently do nothing
            problems.add("--balance prints the last completed run's figures and runs no job: it takes no --from,"
                    + " --to, --statement or --evaluate-estimates");
        }
        if (!problems.isEmpty()) {
            throw new BadArgumentsException(String.join("; ", problems));
        }
        return new RunArguments(from, to, demo, noEmail, evaluateEstimates, statement, balance, noWriteBack);
    }

    /** The range to reconcile: {@code to} defaults to today in {@code zone}, {@code from} to the 1st of its month. */
    public DateRange range(ZoneId zone, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate end = to.orElse(today);
        LocalDate start = from.orElseGet(() -> end.withDayOfMonth(1));
        // tomorrow is allowed, for a zone ahead of the machine's; later would flag every community as behind
        if (end.isAfter(today.plusDays(1))) {
            throw new BadArgumentsException("--to " + end + " is after tomorrow (" + today.plusDays(1) + " in " + zone
                    + "): a report cannot count work not yet done; give a date up to tomorrow");
        }
        if (start.isAfter(end)) {
            throw new BadArgumentsException("--from " + start + " is after --to " + end + " (today in " + zone + ")");
        }
        return new DateRange(start, end);
    }

    private static Optional<LocalDate> date(String flag, String value, List<String> problems) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(flag + " '" + printable(value) + "' is not a date; use YYYY-MM-DD");
            return Optional.empty();
        }
    }

    /** The argument as typed, with control characters escaped, so that the error stays one line. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Spring Boot reads {@code --name=value} as a property; product flags never contain a dot. */
    private static boolean isPropertyOverride(String arg) {
        if (!arg.startsWith("--") || !arg.contains("=")) {
            return false;
        }
        String name = arg.substring(2, arg.indexOf('='));
        return name.contains(".") && !name.isBlank();
    }

    /** An inclusive range of dates. */
    public record DateRange(LocalDate from, LocalDate to) implements RunSnapshots.Range {
    }
}
