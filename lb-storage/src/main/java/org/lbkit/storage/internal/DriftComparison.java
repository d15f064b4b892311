package org.lbkit.storage.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lbkit.model.IceWarpDbConnection;
import org.lbkit.model.Platform;
import org.lbkit.model.RemoteConnection;
import org.lbkit.model.Secret;
import org.lbkit.storage.ApiVariable;
import org.lbkit.storage.Drift;
import org.lbkit.storage.NodeSettings;
import org.lbkit.storage.PathDatChange;
import org.lbkit.storage.PathDatLine;
import org.lbkit.storage.RenderedFile;

/** Compares single values of a node with its settings and builds the fixing commands. */
public final class DriftComparison {

    private final NodeSettings settings;
    private final boolean windows;

    /**
     * Creates the comparison of one node.
     *
     * @param settings the node's settings
     */
    public DriftComparison(NodeSettings settings) {
        this.settings = settings;
        this.windows = settings.platform() == Platform.WINDOWS;
    }

    /**
     * Compares one API variable.
     *
     * @param variable the expected variable
     * @param actual the value the tool printed, if it listed the variable
     * @return the drift, or empty when the values match
     */
    public Optional<Drift> variable(ApiVariable variable, Optional<String> actual) {
        if (actual.isPresent() && same(variable.value(), actual.get())) {
            return Optional.empty();
        }
        Drift.Kind kind = actual.isPresent() ? Drift.Kind.API_VARIABLE : Drift.Kind.MISSING_VARIABLE;
        return Optional.of(Drift.builder()
                .kind(kind)
                .setting(variable.name())
                .expected(variable.redactedValue())
                .actual(actual.map(value -> variable.isSecret() ? maskConnection(value) : value).orElse(""))
                .secret(variable.isSecret())
                .fix(setCommand(variable.name(), variable.redactedValue()))
                .fixWithSecrets(setCommand(variable.name(), variable.value()))
                .build());
    }

    /**
     * Compares one {@code path.dat} line.
     *
     * @param change the expected line
     * @param actual the line the node has
     * @return the drift, or empty when the values match
     */
    public Optional<Drift> pathDatLine(PathDatChange change, String actual) {
        if (sameLine(change, actual)) {
            return Optional.empty();
        }
        String fix = rerunCommand() + "   # rewrites path.dat line " + change.number() + " and restarts the services";
        return Optional.of(Drift.builder()
                .kind(Drift.Kind.PATH_DAT_LINE)
                .setting("path.dat line " + change.number() + " (" + change.line() + ")")
                .expected(change.redactedValue())
                .actual(change.isSecret() ? maskRemoteConnection(actual) : actual)
                .secret(change.isSecret())
                .fix(fix)
                .fixWithSecrets(fix)
                .build());
    }

    private boolean sameLine(PathDatChange change, String actual) {
        if (change.line() == PathDatLine.SLAVE_HOSTS) {
            return hostSet(change.value()).equals(hostSet(actual));
        }
        if (change.line() == PathDatLine.REMOTE_CONNECTION && !change.value().isEmpty()) {
            try {
                return RemoteConnection.parse(actual).equals(RemoteConnection.parse(change.value()));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return same(change.value(), actual);
    }

    private boolean same(String expected, String actual) {
        String left = expected.strip();
        String right = actual.strip();
        if (left.equals(right)) {
            return true;
        }
        if (!isPath(left)) {
            return false;
        }
        String a = trimSeparators(left);
        String b = trimSeparators(right);
        return windows ? a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT)) : a.equals(b);
    }

    private static boolean isPath(String value) {
        return value.endsWith("\\") || value.endsWith("/");
    }

    private static String trimSeparators(String path) {
        String trimmed = path;
        while (trimmed.length() > 1 && (trimmed.endsWith("\\") || trimmed.endsWith("/"))) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static List<String> hostSet(String line) {
        return Arrays.stream(line.split(";")).map(String::strip).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT)).sorted().collect(Collectors.toList());
    }

    // A six-field string keeps its other fields visible; anything else that contains a secret
    // is masked whole.
    private static String maskConnection(String value) {
        try {
            IceWarpDbConnection parsed = IceWarpDbConnection.parse(value);
            if (parsed.isMysql()) {
                return IceWarpDbConnection.mysql(parsed.database(), parsed.user(), Secret.of(RenderedFile.MASK),
                        parsed.host(), parsed.port().orElse(3306)).format();
            }
        } catch (IllegalArgumentException e) {
            // Not a six-field string: a password variable, masked whole below.
        }
        return value.isEmpty() ? "" : RenderedFile.MASK;
    }

    private static String maskRemoteConnection(String value) {
        try {
            List<RemoteConnection.Entry> masked = RemoteConnection.parse(value).entries().stream()
                    .map(entry -> RemoteConnection.Entry.of(entry.path(), entry.user(), Secret.of(RenderedFile.MASK)))
                    .collect(Collectors.toList());
            return RemoteConnection.of(masked).format();
        } catch (IllegalArgumentException e) {
            return value.isEmpty() ? "" : RenderedFile.MASK;
        }
    }

    private String setCommand(String name, String value) {
        if (!windows) {
            return BashQuoting.quote(settings.installPath() + "tool.sh", "tool path") + " set system " + name + " "
                    + BashQuoting.quote(value, "value of " + name);
        }
        String line = WindowsCommandLine.join(List.of("set", "system", name, value));
        return "Start-Process -FilePath " + PowerShellQuoting.quote(settings.installPath() + "tool.exe", "tool path")
                + " -ArgumentList " + PowerShellQuoting.quote(line, "value of " + name) + " -NoNewWindow -Wait";
    }

    private String rerunCommand() {
        String folder = NodeFolder.of(settings.nodeName());
        return windows
                ? "powershell -ExecutionPolicy Bypass -File .\\" + folder + "\\tool.ps1 -SkipTables"
                : "bash " + folder + "/tool.sh --skip-tables";
    }
}
