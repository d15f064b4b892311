package org.lbkit.storage.internal;

import java.util.List;

import org.lbkit.model.DatabaseAccess;
import org.lbkit.storage.ApiVariable;
import org.lbkit.storage.LineEnding;
import org.lbkit.storage.NodeSettings;
import org.lbkit.storage.OdbcDsn;
import org.lbkit.storage.PathDatChange;
import org.lbkit.storage.TableCreation;

/**
 * Renders the PowerShell script that applies a Windows node's settings with {@code tool.exe}:
 * the same steps as {@link BashToolScript}, plus the MySQL client library check or the ODBC data
 * sources.
 *
 * <p>Each {@code tool.exe} call receives a complete Windows command line built here by the
 * C-runtime quoting rules ({@link WindowsCommandLine}), because PowerShell's own passing of
 * arguments to native programs drops empty strings and mangles embedded quotes in Windows
 * PowerShell 5.1.
 */
public final class PowerShellToolScript {

    /*
     * NOTE: tool.exe's own command-line parser is not documented. Values without blanks or double
     * quotes, such as the guide's paths and names, are passed bare, so every parser reads them the
     * same. A value with a double quote relies on tool.exe following the C-runtime rules.
     */

    private final NodeSettings settings;
    private final boolean redact;
    private final TextBuilder text = new TextBuilder(LineEnding.CRLF);

    private PowerShellToolScript(NodeSettings settings, boolean redact) {
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
        return new PowerShellToolScript(settings, redact).build();
    }

    private String build() {
        header();
        PowerShellFunctions.toolAndServices(text);
        databaseAccess();
        text.line("Write-Host 'Stopping the IceWarp services'", "Stop-IceWarp", "");
        variables();
        pathDat();
        tables(TableCreation.Phase.BEFORE_SERVICES);
        text.line("Write-Host 'Starting the IceWarp services'", "Start-IceWarp", "");
        if (settings.isMaster()) {
            tables(TableCreation.Phase.AFTER_SERVICES);
            text.line("Write-Host 'Restarting the IceWarp services'", "Stop-IceWarp", "Start-IceWarp", "");
        }
        for (String note : settings.notes()) {
            text.line("Write-Warning " + quote("NOTE: " + note, "note"));
        }
        text.line("Write-Host ('Done: node ' + " + quote(settings.nodeName(), "node name") + " + ' is configured.')");
        return text.build();
    }

    private void header() {
        text.line("# IceWarp settings of node " + Comments.safe(settings.nodeName()) + " (server ID "
                        + Comments.safe(settings.nodeId()) + ", " + (settings.isMaster() ? "master" : "slave")
                        + ") of the cluster " + Comments.safe(settings.clusterName()) + "; rendered by lbkit.",
                redact ? "# Redacted copy for review: every password is replaced by ****, so do not run it."
                        : "# Contains passwords: keep it readable by its owner only and delete it after use.",
                "# Run it as administrator on the node. -SkipTables skips the master's table creation, for a",
                "# second run when the tables exist.",
                "#Requires -RunAsAdministrator",
                "param([switch] $SkipTables)",
                "$ErrorActionPreference = 'Stop'",
                "$InstallDir = " + quote(settings.installPath(), "install path"),
                "$ToolExe = Join-Path $InstallDir 'tool.exe'",
                "$IceWarpServices = " + WindowsServices.powerShellArray(),
                "if (-not (Test-Path -LiteralPath $ToolExe -PathType Leaf)) {",
                "    throw ('tool.exe not found at ' + $ToolExe + '; is IceWarp installed in ' + $InstallDir + '?')",
                "}",
                "");
    }

    private void databaseAccess() {
        if (settings.databaseAccess() == DatabaseAccess.MYSQL_CLIENT) {
            text.line("# The guide's MySQL access goes through IceWarp's MySQL client library.",
                    "$libmysql = @((Join-Path $env:SystemRoot 'System32\\libmysql.dll'),"
                            + " (Join-Path $env:SystemRoot 'SysWOW64\\libmysql.dll'))"
                            + " | Where-Object { Test-Path -LiteralPath $_ -PathType Leaf }",
                    "if (-not $libmysql) {",
                    "    throw ('libmysql.dll is in neither System32 nor SysWOW64 under ' + $env:SystemRoot"
                            + " + '; install IceWarp''s MySQL client library package, then run this script again')",
                    "}",
                    "");
            return;
        }
        odbcDataSources(settings.odbcDsns());
    }

    // NOTE: the data sources are created for 64-bit ODBC, which 64-bit IceWarp builds read; a
    // 32-bit build needs -Platform '32-bit'.
    private void odbcDataSources(List<OdbcDsn> dsns) {
        text.line("# The node reaches MySQL through ODBC: one system data source per database.");
        for (OdbcDsn dsn : dsns) {
            String name = quote(dsn.name(), "DSN name");
            text.line("if (-not (Get-OdbcDsn -Name " + name + " -DsnType System -Platform '64-bit'"
                            + " -ErrorAction SilentlyContinue)) {",
                    "    Add-OdbcDsn -Name " + name + " -DriverName " + quote(dsn.driver(), "ODBC driver")
                            + " -DsnType System -Platform '64-bit' -SetPropertyValue @("
                            + quote("SERVER=" + dsn.server(), "DSN server") + ", "
                            + quote("PORT=" + dsn.port(), "DSN port") + ", "
                            + quote("DATABASE=" + dsn.database(), "DSN database") + ")",
                    "}");
        }
        text.blank();
    }

    private void variables() {
        text.line("Write-Host 'Setting the API variables'");
        for (ApiVariable variable : settings.apiVariables()) {
            String value = redact ? variable.redactedValue() : variable.value();
            String line = WindowsCommandLine.join(List.of("set", "system", variable.name(), value));
            text.line("Invoke-Tool " + quote(line, "value of " + variable.name()) + " "
                    + quote("set system " + variable.name(), "label"));
        }
        text.blank();
    }

    private void pathDat() {
        text.line("Write-Host 'Writing path.dat'", "$Lines = Read-PathDat");
        for (PathDatChange change : settings.pathDatChanges()) {
            String value = redact ? change.redactedValue() : change.value();
            text.line("$Lines[" + (change.number() - 1) + "] = " + quote(value, "path.dat line " + change.number())
                    + "  # " + change.line());
        }
        text.line("Write-PathDat $Lines", "");
    }

    private void tables(TableCreation.Phase phase) {
        boolean any = settings.tableCreations().stream().anyMatch(creation -> creation.phase() == phase);
        if (!any) {
            return;
        }
        text.line("if (-not $SkipTables) {");
        for (TableCreation creation : settings.tableCreations()) {
            if (creation.phase() == phase) {
                String connection = redact ? creation.redactedConnection() : creation.connection();
                String line = WindowsCommandLine.join(List.of("create", "tables", String.valueOf(creation.code()),
                        connection));
                text.line("    Write-Host 'Creating the " + creation.role().key() + " tables (code " + creation.code()
                                + ")'",
                        "    Invoke-Tool " + quote(line, "connection of " + creation.role().key()) + " "
                                + quote("create tables " + creation.code(), "label"));
            }
        }
        text.line("}", "");
    }

    private static String quote(String value, String what) {
        return PowerShellQuoting.quote(value, what);
    }
}
