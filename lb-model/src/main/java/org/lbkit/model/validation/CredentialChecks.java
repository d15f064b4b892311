package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.Secret;
import org.lbkit.model.Severity;
import org.lbkit.model.internal.Characters;
import org.lbkit.model.internal.KeyPaths;

/**
 * Checks that the share and database accounts fit into the strings IceWarp stores them in, which
 * have no escape character. The load-balancing tab's remote connection joins entries
 * {@code UNC;user;password} with {@code |} on one line, so a share user, domain or password cannot
 * contain {@code ;}, {@code |}, a carriage return or a line feed, and the password cannot end with
 * a space or tab, which parsing takes as padding. The six-field database string
 * {@code db;user;password;host;syntax;driver} cannot carry a {@code ;} in the user or password.
 *
 * <p>Only inline secrets are checked here. A secret given as {@code env:NAME} or {@code file:PATH}
 * is read only when it is used, and the code that formats these strings then rejects it.
 */
final class CredentialChecks {

    private static final String REMOTE_CONNECTION_FORBIDDEN = ";|\r\n";
    private static final String DATABASE_STRING_FORBIDDEN = ";";
    private static final String REMOTE_CONNECTION = "the load-balancing tab's remote connection string";
    private static final String DATABASE_STRING = "IceWarp's database connection string";

    private CredentialChecks() {
    }

    static List<ClusterCheck> all() {
        return List.of(CredentialChecks::share, CredentialChecks::databases, CredentialChecks::sharePaths);
    }

    private static List<Finding> share(Cluster cluster) {
        List<Finding> findings = new ArrayList<>();
        user(findings, "share.user", "share user", cluster.share().user(), REMOTE_CONNECTION_FORBIDDEN,
                REMOTE_CONNECTION);
        cluster.share().domain().ifPresent(domain -> user(findings, "share.domain", "share domain", domain,
                REMOTE_CONNECTION_FORBIDDEN, REMOTE_CONNECTION));
        password(findings, "share.password", cluster.share().password(), REMOTE_CONNECTION_FORBIDDEN,
                REMOTE_CONNECTION, true);
        return findings;
    }

    private static List<Finding> databases(Cluster cluster) {
        List<Finding> findings = new ArrayList<>();
        user(findings, "databases.user", "database user", cluster.databases().user(), DATABASE_STRING_FORBIDDEN,
                DATABASE_STRING);
        password(findings, "databases.password", cluster.databases().password(), DATABASE_STRING_FORBIDDEN,
                DATABASE_STRING, false);
        return findings;
    }

    private static void user(List<Finding> findings, String path, String what, String user, String forbidden,
            String carrier) {
        forbiddenCharacter(user, forbidden).ifPresent(found -> findings.add(Finding.of("user-not-carried",
                Severity.ERROR, path, "the " + what + " " + Characters.quote(user) + " contains " + found
                        + ", which " + carrier + " cannot carry: it has no escape character",
                "use an account whose name has no " + describeAll(forbidden))));
    }

    private static void password(List<Finding> findings, String path, Secret secret, String forbidden,
            String carrier, boolean noTrailingBlank) {
        if (!secret.isInline()) {
            return;
        }
        String text = secret.reveal();
        Optional<String> found = forbiddenCharacter(text, forbidden);
        if (found.isEmpty() && noTrailingBlank && (text.endsWith(" ") || text.endsWith("\t"))) {
            found = Optional.of("a trailing space or tab, which is read as padding");
        }
        // The message names the character class, never the password.
        found.ifPresent(what -> findings.add(Finding.of("password-not-carried", Severity.ERROR, path,
                "the inline password at " + path + " contains " + what + ", which " + carrier + " cannot carry",
                "choose a password without " + describeAll(forbidden)
                        + (noTrailingBlank ? " and without a trailing space or tab" : ""))));
    }

    /** Checks that the share root and folder names can go into the remote connection string. */
    private static List<Finding> sharePaths(Cluster cluster) {
        List<Finding> findings = new ArrayList<>();
        pathText(findings, "share.root", cluster.share().root());
        cluster.share().folders().byKey().forEach((key, name) ->
                pathText(findings, KeyPaths.child("share.folders", key), name));
        return findings;
    }

    private static void pathText(List<Finding> findings, String path, String value) {
        forbiddenCharacter(value, ";|").ifPresent(found -> findings.add(Finding.of("share-path-not-carried",
                Severity.ERROR, path, "the path " + Characters.quote(value) + " contains " + found + ", which "
                        + REMOTE_CONNECTION + " cannot carry", "rename the folder or share without ';' or '|'")));
    }

    private static Optional<String> forbiddenCharacter(String text, String forbidden) {
        return text.codePoints().filter(c -> forbidden.indexOf(c) >= 0).mapToObj(Characters::describe).findFirst();
    }

    private static String describeAll(String forbidden) {
        List<String> names = new ArrayList<>();
        forbidden.codePoints().forEach(c -> names.add(Characters.describe(c)));
        return String.join(", ", names);
    }
}
