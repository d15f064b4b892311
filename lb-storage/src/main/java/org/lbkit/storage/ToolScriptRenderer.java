package org.lbkit.storage;

import java.util.Objects;

import org.lbkit.model.Platform;
import org.lbkit.storage.internal.BashToolScript;
import org.lbkit.storage.internal.NodeFolder;
import org.lbkit.storage.internal.PowerShellToolScript;

/**
 * Renders the script that applies a node's settings: {@code tool.sh} (bash, for Linux nodes,
 * calling IceWarp's {@code tool.sh}) or {@code tool.ps1} (PowerShell, for Windows nodes, calling
 * {@code tool.exe}).
 *
 * <p>Each script stops the IceWarp services, sets every API variable, merges the node's lines
 * into {@code path.dat} (keeping the other lines and a backup), and starts the services. On the
 * master it also creates the tables in IceWarp's order: accounts, anti-spam and directory cache
 * (codes 0, 3, 4) before the services start, groupware and ActiveSync (2, 6) after, then
 * restarts the services. Windows scripts first check that {@code libmysql.dll} is in
 * {@code System32} or {@code SysWOW64} on nodes with MySQL client-library access, or create the
 * system ODBC data sources on nodes set to ODBC access.
 *
 * <p>Every value is quoted so that the program receives it exactly; a value the script cannot
 * carry (a NUL character, an unpaired surrogate) is rejected with an {@link LbStorageException}.
 */
public final class ToolScriptRenderer {

    private ToolScriptRenderer() {
    }

    /**
     * Renders the script of one node.
     *
     * @param settings the node's settings
     * @return {@code <node name>/tool.sh} or {@code <node name>/tool.ps1}; it contains secrets
     * @throws LbStorageException if a value cannot be written into the script, or the node name
     *     cannot name a folder
     */
    public static RenderedFile render(NodeSettings settings) {
        Objects.requireNonNull(settings, "settings");
        String folder = NodeFolder.of(settings.nodeName());
        if (settings.platform() == Platform.LINUX) {
            return RenderedFile.builder()
                    .path(folder + "/tool.sh")
                    .content(BashToolScript.render(settings, false))
                    .redactedContent(BashToolScript.render(settings, true))
                    .containsSecrets(true)
                    .executable(true)
                    .build();
        }
        return RenderedFile.builder()
                .path(folder + "/tool.ps1")
                .content(PowerShellToolScript.render(settings, false))
                .redactedContent(PowerShellToolScript.render(settings, true))
                .containsSecrets(true)
                .executable(true)
                .hasByteOrderMark(true)
                .build();
    }
}
