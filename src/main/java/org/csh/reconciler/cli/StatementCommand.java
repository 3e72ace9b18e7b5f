package org.csh.reconciler.cli;

import java.nio.file.Path;

import org.csh.reconciler.contract.ClosestNames;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.report.StatementWriter;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StepData;

/** {@code --statement="<community>"}: checks the name before the run, and writes the statement from its result. */
public class StatementCommand {

    private final CshProperties properties;
    private final RunSnapshots snapshots;

    public StatementCommand(CshProperties properties, RunSnapshots snapshots) {
        this.properties = properties;
        this.snapshots = snapshots;
    }

    /**
     * The community's name as the report spells it, found by name or alias in any case.
     *
     * @throws BadArgumentsException naming the closest known communities, when none matches
     */
    public String resolve(String asked, Communities communities) {
        return resolve(asked, communities, properties.communitiesFile().toString());
    }

    static String resolve(String asked, Communities communities, String file) {
        return communities.bySpelling(asked).map(Community::name).orElseThrow(() -> new BadArgumentsException(
                "--statement: no community '" + asked + "' in " + file + "; " + ClosestNames.suggestions(asked, communities)));
    }

    /** Writes the statement of {@code community} from the stored result of the range's run. */
    public Path write(RunArguments.DateRange range, String community) {
        ReconcileResult result = snapshots.load(range, StepData.RESULT);
        return new StatementWriter().write(result, community, properties.report().dir());
    }

}
