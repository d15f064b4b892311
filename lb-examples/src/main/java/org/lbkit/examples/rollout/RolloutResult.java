package org.lbkit.examples.rollout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Outcome of a rollout: each step's result, the administrator's remaining work on each server,
 * and the single points of failure that remain.
 *
 * @param clusterName the cluster's name
 * @param steps every step, in order, including those that did not run
 * @param singlePointsOfFailure the remaining single points of failure, each with what removes it
 * @param output the output folder
 */
public record RolloutResult(String clusterName, List<StepReport> steps, List<String> singlePointsOfFailure,
        Path output) {

    /** Name of the summary file written into the output folder. */
    public static final String SUMMARY_FILE = "SUMMARY.md";

    /** Copies the lists, so that a result cannot change after it is made. */
    public RolloutResult {
        steps = List.copyOf(steps);
        singlePointsOfFailure = List.copyOf(singlePointsOfFailure);
    }

    /**
     * Returns whether every step ran and none failed.
     *
     * @return {@code true} on success
     */
    public boolean isSuccessful() {
        return steps.stream().noneMatch(s -> s.status() == StepStatus.FAILED || s.status() == StepStatus.NOT_RUN);
    }

    /**
     * Returns whether the run changed nothing: every step found its work already done.
     *
     * @return {@code true} when nothing changed
     */
    public boolean changedNothing() {
        return isSuccessful() && steps.stream().noneMatch(s -> s.status() == StepStatus.CHANGED);
    }

    /**
     * Returns the step that failed, if one did.
     *
     * @return the failed step's report
     */
    public Optional<StepReport> failedStep() {
        return steps.stream().filter(s -> s.status() == StepStatus.FAILED).findFirst();
    }

    /**
     * Returns the administrator's remaining work, from every step.
     *
     * @return the actions, in step order
     */
    public List<String> todo() {
        List<String> todo = new ArrayList<>();
        steps.forEach(s -> todo.addAll(s.todo()));
        return todo;
    }

    /**
     * Returns the summary as plain text lines for a console.
     *
     * @return the lines
     */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        for (StepReport step : steps) {
            lines.add(String.format("  %-22s %-17s %s", step.title(), describe(step.status()), step.headline()));
        }
        if (changedNothing()) {
            lines.add("Nothing changed: every step was already in place.");
        }
        failedStep().ifPresent(s -> lines.add("Stopped at \"" + s.title() + "\"; see the lines above for the fix."));
        if (isSuccessful()) {
            lines.add("Still to do:");
            todo().forEach(t -> lines.add("  - " + t));
        }
        lines.add("Single points of failure:");
        singlePointsOfFailure.forEach(s -> lines.add("  - " + s));
        lines.add("Diagram: " + output.resolve(RenderStep.DIAGRAM) + "; summary: " + output.resolve(SUMMARY_FILE));
        return lines;
    }

    /**
     * Returns the summary as a Markdown page, linking the cluster diagram.
     *
     * @return the page
     */
    public String markdown() {
        StringBuilder text = new StringBuilder("# Rollout of cluster " + clusterName + "\n\n");
        text.append("| step | result | detail |\n|---|---|---|\n");
        steps.forEach(s -> text.append("| ").append(s.title()).append(" | ").append(describe(s.status()))
                .append(" | ").append(s.headline()).append(" |\n"));
        text.append("\nThe cluster as it will be: [").append(RenderStep.DIAGRAM).append("](")
                .append(RenderStep.DIAGRAM).append(")\n\n## Still to do\n\n");
        todo().forEach(t -> text.append("- ").append(t).append('\n'));
        text.append("\n## Single points of failure\n\n");
        singlePointsOfFailure.forEach(s -> text.append("- ").append(s).append('\n'));
        for (StepReport step : steps) {
            text.append("\n## ").append(step.title()).append("\n\n");
            step.details().forEach(d -> text.append("    ").append(d).append('\n'));
        }
        return text.toString();
    }

    private static String describe(StepStatus status) {
        switch (status) {
            case CHANGED:
                return "changed";
            case PASSED:
                return "passed";
            case UNCHANGED:
                return "already in place";
            case FAILED:
                return "FAILED";
            default:
                return "not run";
        }
    }
}
