package org.lbkit.storage.internal;

import org.lbkit.storage.ApiVariable;
import org.lbkit.storage.LineEnding;
import org.lbkit.storage.NodeSettings;
import org.lbkit.storage.PathDatChange;
import org.lbkit.storage.TableCreation;

/**
 * Renders the bash script that applies a Linux node's settings with {@code tool.sh}: stop the
 * services, set the API variables, merge the node's lines into {@code path.dat} (other lines
 * kept, a backup written beside it), create the master's tables in IceWarp's order around the
 * service start, and restart.
 */
public final class BashToolScript {

    private final NodeSettings settings;
    private final boolean redact;
    private final TextBuilder text = new TextBuilder(LineEnding.LF);

    private BashToolScript(NodeSettings settings, boolean redact) {
        this.settings = settings;
        this.redact = redact;
    }

    /**
     * Renders the script.
     *
     * @param settings the node's settings
     * @param redact whether to write {@code ****} in place of every secret
     * @return the script text
     */
    public static String render(NodeSettings settings, boolean redact) {
        return new BashToolScript(settings, redact).build();
    }

    private String build() {
        header();
        prelude();
        // Stopping services that already stopped may fail; that must not abort the run.
        text.line("echo 'Stopping the IceWarp services'",
                "\"$service\" --stop all || echo 'warning: stopping the services failed; continuing' >&2", "");
        variables();
        pathDat();
        tables(TableCreation.Phase.BEFORE_SERVICES);
        text.line("echo 'Starting the IceWarp services'", "\"$service\" --start all", "");
        if (settings.isMaster()) {
            tables(TableCreation.Phase.AFTER_SERVICES);
            text.line("echo 'Restarting the IceWarp services'", "\"$service\" --restart all", "");
        }
        for (String note : settings.notes()) {
            text.line("echo " + quote("NOTE: " + note, "note") + " >&2");
        }
        text.line("echo 'Done: node " + Comments.safe(settings.nodeName()).replace("'", "") + " is configured.'");
        return text.build();
    }

    private void header() {
        text.line("#!/usr/bin/env bash",
                "# IceWarp settings of node " + Comments.safe(settings.nodeName()) + " (server ID "
                        + Comments.safe(settings.nodeId()) + ", " + (settings.isMaster() ? "master" : "slave")
                        + ") of the cluster " + Comments.safe(settings.clusterName()) + "; rendered by lbkit.",
                redact ? "# Redacted copy for review: every password is replaced by ****, so do not run it."
                        : "# Contains passwords: keep it readable by its owner only and delete it after use.",
                "# Run it as root on the node. Option --skip-tables skips the master's table creation, for a",
                "# second run when the tables exist.",
                "set -euo pipefail",
                "");
    }

    private void prelude() {
        text.line("install_dir=" + quote(settings.installPath(), "install path"),
                "tool=\"${install_dir}tool.sh\"",
                "service=\"${install_dir}icewarpd.sh\"",
                "skip_tables=0",
                "for arg in \"$@\"; do",
                "    case \"$arg\" in",
                "        --skip-tables) skip_tables=1 ;;",
                "        *) echo \"unknown option: $arg (accepted: --skip-tables)\" >&2; exit 2 ;;",
                "    esac",
                "done",
                "for program in \"$tool\" \"$service\"; do",
                "    if [[ ! -x \"$program\" ]]; then",
                "        echo \"$program not found or not executable; is IceWarp installed in $install_dir?\" >&2",
                "        exit 1",
                "    fi",
                "done",
                "");
    }

    private void variables() {
        text.line("echo 'Setting the API variables'");
        for (ApiVariable variable : settings.apiVariables()) {
            String value = redact ? variable.redactedValue() : variable.value();
            text.line("\"$tool\" set system " + quote(variable.name(), "variable name") + " "
                    + quote(value, "value of " + variable.name()));
        }
        text.blank();
    }

    private void pathDat() {
        text.line("echo 'Writing path.dat'",
                "path_dat=\"${install_dir}path.dat\"",
                "ending=$'\\n'",
                "lines=()",
                "if [[ -f \"$path_dat\" ]]; then",
                "    mapfile -t lines < \"$path_dat\"",
                "    if [[ ${#lines[@]} -gt 0 && \"${lines[0]}\" == *$'\\r' ]]; then ending=$'\\r\\n'; fi",
                "    if [[ ${#lines[@]} -gt 0 ]]; then lines=(\"${lines[@]%$'\\r'}\"); fi",
                "    cp -p -- \"$path_dat\" \"$path_dat.lbkit-backup\"",
                "fi",
                "while [[ ${#lines[@]} -lt 17 ]]; do lines+=(''); done");
        for (PathDatChange change : settings.pathDatChanges()) {
            String value = redact ? change.redactedValue() : change.value();
            text.line("lines[" + (change.number() - 1) + "]=" + quote(value, "path.dat line " + change.number())
                    + "  # " + change.line());
        }
        // Copying first keeps the file's owner and mode, because truncating a file keeps both.
        text.line("if [[ -f \"$path_dat\" ]]; then cp -p -- \"$path_dat\" \"$path_dat.lbkit-tmp\"; fi",
                "printf \"%s${ending}\" \"${lines[@]}\" > \"$path_dat.lbkit-tmp\"",
                "mv -f -- \"$path_dat.lbkit-tmp\" \"$path_dat\"",
                "");
    }

    private void tables(TableCreation.Phase phase) {
        boolean any = settings.tableCreations().stream().anyMatch(creation -> creation.phase() == phase);
        if (!any) {
            return;
        }
        text.line("if [[ $skip_tables -eq 0 ]]; then");
        for (TableCreation creation : settings.tableCreations()) {
            if (creation.phase() == phase) {
                String connection = redact ? creation.redactedConnection() : creation.connection();
                text.line("    echo 'Creating the " + creation.role().key() + " tables (code " + creation.code() + ")'",
                        "    \"$tool\" create tables " + creation.code() + " " + quote(connection, "connection of "
                                + creation.role().key()));
            }
        }
        text.line("fi", "");
    }

    private static String quote(String value, String what) {
        return BashQuoting.quote(value, what);
    }
}
