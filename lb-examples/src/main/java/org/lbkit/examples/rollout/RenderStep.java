package org.lbkit.examples.rollout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.lbkit.model.Cluster;
import org.lbkit.model.LbException;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.storage.FileWriteReport;
import org.lbkit.storage.NodeFiles;

/**
 * The guide's per-server screens and its load-balancer step, as files: every node's scripts and
 * {@code path.dat}, the load-balancer configurations, and a diagram of the cluster.
 */
final class RenderStep {

    static final String TITLE = "Node files";
    static final String DIAGRAM = "cluster.md";

    private RenderStep() {
    }

    static StepReport run(Cluster cluster, Path output, RolloutConsole console) {
        List<String> details = new ArrayList<>();
        List<String> todo = new ArrayList<>();

        FileWriteReport written = NodeFiles.render(cluster).writeChangedTo(output.resolve("nodes"));
        boolean diagramChanged = writeIfChanged(output.resolve(DIAGRAM), ClusterDiagram.markdown(cluster));
        DatabaseStep.show(console, details, "output " + written.folder() + ": " + written.written().size()
                + " files written, " + written.unchanged().size() + " already up to date");
        DatabaseStep.show(console, details, "diagram " + output.resolve(DIAGRAM)
                + (diagramChanged ? " written" : " already up to date"));

        for (Node node : cluster.nodes()) {
            todo.add(nodeTodo(node, output.resolve("nodes")));
        }
        todo.add(cluster.nodes().get(0).name() + "'s config, spam and calendar folders are on the share, copied"
                + " by the migration step, so the README.txt step that copies them is done");
        todo.add("load balancer: deploy " + output.resolve("nodes/load-balancer/haproxy.cfg") + " (or balance.sh,"
                + " nlb.ps1 beside it); test every node (SMTP, WebClient, …) before clients use the balancer's name");
        boolean changed = !written.written().isEmpty() || diagramChanged;
        String headline = written.written().size() + " files written, " + written.unchanged().size()
                + " already up to date";
        return new StepReport(TITLE, changed ? StepStatus.CHANGED : StepStatus.UNCHANGED, headline, details, todo);
    }

    private static String nodeTodo(Node node, Path nodes) {
        Path folder = nodes.resolve(node.name());
        String role = node.isMaster() ? "master" : "slave";
        if (node.platform() == Platform.WINDOWS) {
            return node.name() + " (" + role + ", " + node.address() + "): copy " + folder + " to the server and"
                    + " run service-account.ps1, then tool.ps1, as Administrator; they set the IceWarp"
                    + " variables, write path.dat and restart the services"
                    + (node.isMaster() ? ", and create the tables" : "");
        }
        return node.name() + " (" + role + ", " + node.address() + "): mount the share at "
                + node.shareMount().orElse("its mount folder") + ", copy " + folder + " to the server and run"
                + " tool.sh as root; it sets the IceWarp variables, writes path.dat and restarts the services"
                + (node.isMaster() ? ", and creates the tables" : "");
    }

    static boolean writeIfChanged(Path file, String content) {
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                // Temporary files are created readable by their owner only; these files contain no secret.
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return true;
        } catch (IOException e) {
            throw new LbException("cannot write " + file + ": " + e.getMessage()
                    + "; check that the output folder is writable", e);
        }
    }
}
