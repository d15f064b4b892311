package org.lbkit.examples.rollout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.lbkit.db.DatabaseProvisioner;
import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.LbException;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Severity;
import org.lbkit.model.ValidationReport;
import org.lbkit.share.FileTree;
import org.lbkit.share.Verification;

/**
 * The whole load-balancing guide as one run, in the guide's order for adding servers to a running
 * installation. It validates the cluster, provisions the databases and verifies them, lays out the
 * share and verifies it, copies the first server's data onto it and verifies the copy, and renders
 * every node's files. The run stops at the first failed step. Run again over the same cluster, it
 * changes nothing and reports every step as already in place.
 *
 * <p>The rollout connects only to the database and share given to its builder: the cluster's own
 * addresses are data written into grants and settings, never contacted.
 */
public final class Rollout {

    private final Cluster cluster;
    private final Supplier<DatabaseProvisioner> provisioner;
    private final Supplier<FileTree> shareRoot;
    private final Supplier<Path> source;
    private final Path output;
    private final boolean overwriteConfig;
    private final Verification verification;
    private final RolloutConsole console;

    private Rollout(Builder builder) {
        this.cluster = required(builder.cluster, "cluster");
        this.provisioner = once(required(builder.provisioner, "provisioner"));
        this.shareRoot = once(required(builder.shareRoot, "shareRoot"));
        this.source = once(required(builder.source, "source"));
        this.output = required(builder.output, "output");
        this.overwriteConfig = builder.overwriteConfig;
        this.verification = builder.verification;
        this.console = builder.console;
    }

    /** Returns a supplier that calls the given one at most once, so a server starts only when needed. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private static <T> T required(T value, String option) {
        if (value == null) {
            throw new LbValidationException("the rollout option " + option + " is not set; call "
                    + option + "(...) on Rollout.builder() before build()");
        }
        return value;
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs every step, stopping at the first that fails.
     *
     * @return the outcome of every step, with the administrator's remaining work
     */
    public RolloutResult run() {
        List<StepReport> steps = new ArrayList<>();
        console.line("[1/5] " + ValidateStep.TITLE);
        ValidationReport validation = cluster.validate();
        steps.add(ValidateStep.run(cluster, validation, console));

        next(steps, 2, DatabaseStep.TITLE, () -> DatabaseStep.run(cluster, provisioner.get(), console));
        next(steps, 3, ShareStep.TITLE, () -> ShareStep.run(cluster, shareRoot.get(), console));
        next(steps, 4, MigrationStep.TITLE, () -> new MigrationStep(cluster, shareRoot.get(), source.get(),
                overwriteConfig, verification, console).run());
        next(steps, 5, RenderStep.TITLE, () -> RenderStep.run(cluster, output, console));

        RolloutResult result = new RolloutResult(cluster.name(), steps, spofs(validation), output);
        if (steps.get(1).status() != StepStatus.NOT_RUN) {
            RenderStep.writeIfChanged(output.resolve(RolloutResult.SUMMARY_FILE), result.markdown());
        }
        return result;
    }

    private void next(List<StepReport> steps, int number, String title, Supplier<StepReport> body) {
        boolean stopped = steps.stream()
                .anyMatch(s -> s.status() == StepStatus.FAILED || s.status() == StepStatus.NOT_RUN);
        steps.add(stopped ? StepReport.notRun(title) : step(number, title, body));
    }

    private StepReport step(int number, String title, Supplier<StepReport> body) {
        console.line("[" + number + "/5] " + title);
        try {
            return body.get();
        } catch (LbException e) {
            console.line("      FAILED: " + e.getMessage());
            return StepReport.failed(title, "stopped by an error", List.of("FAILED: " + e.getMessage()));
        }
    }

    private static List<String> spofs(ValidationReport validation) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : validation.findings(Severity.INFO)) {
            if (finding.rule().startsWith("spof-")) {
                String message = finding.message().endsWith(".") ? finding.message() : finding.message() + ".";
                lines.add(message + " To remove it: " + finding.fix());
            }
        }
        return lines;
    }

    /**
     * Builder of {@link Rollout}. The cluster, the database provisioner, the share root, the source
     * folder and the output folder are required.
     */
    public static final class Builder {

        private Cluster cluster;
        private Supplier<DatabaseProvisioner> provisioner;
        private Supplier<FileTree> shareRoot;
        private Supplier<Path> source;
        private Path output;
        private boolean overwriteConfig;
        private Verification verification = Verification.SIZE_AND_TIME;
        private RolloutConsole console = new PrintConsole(System.out, false);

        private Builder() {
        }

        /**
         * Sets the cluster to roll out.
         *
         * @param cluster the cluster
         * @return this builder
         */
        public Builder cluster(Cluster cluster) {
            this.cluster = Objects.requireNonNull(cluster, "cluster");
            return this;
        }

        /**
         * Sets the provisioner connected to the database server.
         *
         * @param provisioner the provisioner
         * @return this builder
         */
        public Builder provisioner(DatabaseProvisioner provisioner) {
            Objects.requireNonNull(provisioner, "provisioner");
            this.provisioner = () -> provisioner;
            return this;
        }

        /**
         * Sets how to get the provisioner, called only when the database step runs, so that a
         * server started for it does not start when validation fails.
         *
         * @param provisioner called at most once
         * @return this builder
         */
        public Builder provisioner(Supplier<DatabaseProvisioner> provisioner) {
            this.provisioner = Objects.requireNonNull(provisioner, "provisioner");
            return this;
        }

        /**
         * Sets the share root: the folder the cluster's share root names, reached over SMB or as a
         * local folder.
         *
         * @param shareRoot the share root
         * @return this builder
         */
        public Builder shareRoot(FileTree shareRoot) {
            Objects.requireNonNull(shareRoot, "shareRoot");
            this.shareRoot = () -> shareRoot;
            return this;
        }

        /**
         * Sets how to reach the share root, called only when the share step runs.
         *
         * @param shareRoot called at most once
         * @return this builder
         */
        public Builder shareRoot(Supplier<FileTree> shareRoot) {
            this.shareRoot = Objects.requireNonNull(shareRoot, "shareRoot");
            return this;
        }

        /**
         * Sets the first server's data folder, holding {@code mail}, {@code archives},
         * {@code config}, {@code spam} and {@code calendar}.
         *
         * @param source the folder
         * @return this builder
         */
        public Builder source(Path source) {
            Objects.requireNonNull(source, "source");
            this.source = () -> source;
            return this;
        }

        /**
         * Sets how to get the first server's data folder, called only when the migration runs.
         *
         * @param source called at most once
         * @return this builder
         */
        public Builder source(Supplier<Path> source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the folder for the rendered files, the diagram and the summary.
         *
         * @param output the folder
         * @return this builder
         */
        public Builder output(Path output) {
            this.output = Objects.requireNonNull(output, "output");
            return this;
        }

        /**
         * Sets whether shared config, spam and calendar folders that hold other data are replaced
         * by the source's files; the guide's step 25 does so. Off by default.
         *
         * @param overwrite {@code true} to replace them
         * @return this builder
         */
        public Builder overwriteConfig(boolean overwrite) {
            this.overwriteConfig = overwrite;
            return this;
        }

        /**
         * Sets how copies are verified.
         *
         * @param verification size and time (the default) or checksum
         * @return this builder
         */
        public Builder verification(Verification verification) {
            this.verification = Objects.requireNonNull(verification, "verification");
            return this;
        }

        /**
         * Sets where progress is shown; by default lines go to standard output without bars.
         *
         * @param console the console
         * @return this builder
         */
        public Builder console(RolloutConsole console) {
            this.console = Objects.requireNonNull(console, "console");
            return this;
        }

        /**
         * Returns the rollout.
         *
         * @return the rollout
         * @throws LbValidationException naming the first required option not set
         */
        public Rollout build() {
            return new Rollout(this);
        }
    }
}
