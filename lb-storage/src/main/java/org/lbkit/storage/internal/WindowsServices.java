package org.lbkit.storage.internal;

import java.util.List;

/**
 * The Windows services of an IceWarp server, as IceWarp DevOps' backup and course scripts name
 * them: control (web, remote console, FTP), SMTP, POP3/IMAP, IM, groupware, and the Yoda
 * full-text and file-scanner services.
 */
public final class WindowsServices {

    /** The service names, control first, in the order the scripts stop and start them. */
    public static final List<String> NAMES = List.of(
            "IceWarpControl", "IceWarpSMTP", "IceWarpPOP3", "IceWarpIM", "IceWarpCalendar", "yoda", "yoda-scan");

    private WindowsServices() {
    }

    /**
     * Returns the names as a PowerShell array literal.
     *
     * @return such as {@code @('IceWarpControl', 'IceWarpSMTP')}
     */
    public static String powerShellArray() {
        StringBuilder array = new StringBuilder("@(");
        for (int i = 0; i < NAMES.size(); i++) {
            array.append(i == 0 ? "" : ", ").append(PowerShellQuoting.quote(NAMES.get(i), "service name"));
        }
        return array.append(')').toString();
    }
}
