package org.lbkit.examples.rollout;

import java.util.ArrayList;
import java.util.List;

import org.lbkit.model.Cluster;
import org.lbkit.share.FileTree;
import org.lbkit.share.FolderProbe;
import org.lbkit.share.LayoutReport;
import org.lbkit.share.ProbeReport;
import org.lbkit.share.ShareLayout;
import org.lbkit.share.ShareProbe;

/**
 * The guide's shared-disk step: create the folder layout under the share root, then prove with
 * the share account that every folder can be written, renamed over, read and cleaned.
 */
final class ShareStep {

    static final String TITLE = "Share";

    private ShareStep() {
    }

    static StepReport run(Cluster cluster, FileTree shareRoot, RolloutConsole console) {
        List<String> details = new ArrayList<>();

        LayoutReport layout = ShareLayout.of(shareRoot).folders(cluster.share().folders()).create();
        DatabaseStep.show(console, details, "share root " + cluster.share().root() + " reached at "
                + shareRoot.location());
        if (!layout.created().isEmpty()) {
            DatabaseStep.show(console, details, "created " + String.join(", ", layout.created()));
        }
        if (!layout.existing().isEmpty()) {
            DatabaseStep.show(console, details, "already there: " + String.join(", ", layout.existing()));
        }

        ProbeReport probe = ShareProbe.of(shareRoot).folders(cluster.share().folders()).probe();
        DatabaseStep.show(console, details, "verify: " + (probe.folders().size() - probe.failures().size()) + " of "
                + probe.folders().size() + " folders writable with account " + cluster.share().qualifiedUser());
        for (FolderProbe failure : probe.failures()) {
            DatabaseStep.show(console, details, "  " + failure.folder() + ": " + failure.explanation()
                    + " Fix: " + failure.fix());
        }
        if (!probe.isOk()) {
            return StepReport.failed(TITLE, probe.failures().size() + " folders failed the probe", details);
        }
        String headline = layout.created().size() + " folders created, " + layout.existing().size()
                + " already there, all writable";
        return new StepReport(TITLE, layout.created().isEmpty() ? StepStatus.UNCHANGED : StepStatus.CHANGED,
                headline, details, List.of());
    }
}
