package org.lbkit.examples.share;

import java.io.PrintStream;
import java.nio.file.Path;

import org.lbkit.share.FileTree;
import org.lbkit.share.FileTrees;
import org.lbkit.share.Migration;
import org.lbkit.share.MigrationPlan;
import org.lbkit.share.MigrationReport;
import org.lbkit.share.TreeComparison;

/**
 * Example: copy one folder tree safely, the way the rollout moves a mail store. A dry run first,
 * then the copy (each file written under a temporary name and renamed into place), then a
 * comparison of the two trees. Run it again and every file is skipped as identical.
 *
 * <pre>java … org.lbkit.examples.share.MigrateOneFolder /opt/icewarp/mail /mnt/share/mail</pre>
 */
public final class MigrateOneFolder {

    private MigrateOneFolder() {
    }

    /**
     * Copies the first folder into the second.
     *
     * @param args the source and target folders
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: MigrateOneFolder SOURCE_DIR TARGET_DIR");
            System.exit(2);
        }
        MigrationReport report = run(Path.of(args[0]), Path.of(args[1]), System.out);
        System.exit(report.isComplete() ? 0 : 1);
    }

    /**
     * Plans, copies and verifies.
     *
     * @param source the folder to copy; never changed
     * @param target the folder to copy into; nothing in it is deleted
     * @param out where to print
     * @return the copy's report
     */
    public static MigrationReport run(Path source, Path target, PrintStream out) {
        try (FileTree from = FileTrees.local(source); FileTree to = FileTrees.local(target)) {
            MigrationPlan plan = Migration.from(from).to(to).plan();
            out.println("plan: " + plan);

            MigrationReport report = Migration.from(from).to(to).parallelism(4).run();
            out.println("copy: " + report.summary());

            TreeComparison comparison = Migration.from(from).to(to).verify();
            out.println("verify: " + comparison.identicalFiles() + " identical, match=" + comparison.isMatch());
            return report;
        }
    }
}
