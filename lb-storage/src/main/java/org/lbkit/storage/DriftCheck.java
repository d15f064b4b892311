package org.lbkit.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lbkit.model.Platform;
import org.lbkit.storage.internal.BashQuoting;
import org.lbkit.storage.internal.DriftComparison;
import org.lbkit.storage.internal.PowerShellQuoting;

/**
 * Compares what a node has with its {@link NodeSettings}: the output of
 * {@code tool get system VAR …} and its current {@code path.dat}. The report lists every
 * difference with the command that fixes it.
 *
 * <p>Comparison rules: variable names ignore case; leading and trailing blanks are ignored; a
 * path may lack its trailing separator, and Windows paths ignore case; slave hosts on
 * {@code path.dat} line 16 may come in any order; the remote connection on line 5 is compared
 * entry by entry, spaces around {@code |} ignored.
 *
 * <p>Typical use:
 *
 * <pre>
 * NodeSettings settings = NodeSettings.of(cluster, "2");
 * String command = DriftCheck.toolGetCommand(settings);   // run it on the node
 * DriftReport report = DriftCheck.check(settings, ToolGetOutput.parse(output), PathDat.read(pathDat));
 * </pre>
 */
public final class DriftCheck {

    private DriftCheck() {
    }

    /**
     * Returns the command that prints every variable the settings fix, for the node's own shell.
     *
     * @param settings the node's settings
     * @return such as {@code /opt/icewarp/tool.sh get system C_System_Storage_Dir_MailPath …}
     */
    public static String toolGetCommand(NodeSettings settings) {
        List<String> names = settings.apiVariables().stream().map(ApiVariable::name).collect(Collectors.toList());
        if (settings.platform() == Platform.LINUX) {
            return BashQuoting.quote(settings.installPath() + "tool.sh", "tool path") + " get system "
                    + String.join(" ", names);
        }
        return "& " + PowerShellQuoting.quote(settings.installPath() + "tool.exe", "tool path") + " get system "
                + String.join(" ", names);
    }

    /**
     * Compares a node with its settings.
     *
     * @param settings the node's settings
     * @param variables the parsed output of {@link #toolGetCommand(NodeSettings)}
     * @param pathDat the node's current {@code path.dat}
     * @return the report
     */
    public static DriftReport check(NodeSettings settings, ToolGetOutput variables, PathDat pathDat) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(pathDat, "pathDat");
        DriftComparison comparison = new DriftComparison(settings);
        List<Drift> differences = new ArrayList<>();
        for (ApiVariable variable : settings.apiVariables()) {
            comparison.variable(variable, variables.value(variable.name())).ifPresent(differences::add);
        }
        for (PathDatChange change : settings.pathDatChanges()) {
            Optional<Drift> drift = comparison.pathDatLine(change, pathDat.get(change.line()));
            drift.ifPresent(differences::add);
        }
        return DriftReport.builder()
                .nodeId(settings.nodeId())
                .nodeName(settings.nodeName())
                .differences(differences)
                .build();
    }

    /**
     * Compares a node with its settings, parsing both texts first.
     *
     * @param settings the node's settings
     * @param toolGetOutput the text {@link #toolGetCommand(NodeSettings)} printed
     * @param pathDatText the node's current {@code path.dat}
     * @return the report
     * @throws LbStorageException if the tool output cannot be parsed
     */
    public static DriftReport check(NodeSettings settings, String toolGetOutput, String pathDatText) {
        return check(settings, ToolGetOutput.parse(toolGetOutput), PathDat.parse(pathDatText));
    }
}
