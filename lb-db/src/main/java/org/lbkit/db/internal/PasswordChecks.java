package org.lbkit.db.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.lbkit.db.PasswordCheck;
import org.lbkit.db.PasswordStatus;
import org.lbkit.model.Secret;

/**
 * Compares an account's stored password hash with the cluster's password, without logging in.
 *
 * <p>Only {@code mysql_native_password} stores an unsalted hash: {@code *} followed by the
 * upper-case hex of SHA1(SHA1(password)), the value of MariaDB's {@code PASSWORD()} and of MySQL
 * 5.7's. The hash is computed here rather than by {@code SELECT PASSWORD(?)}, so the password
 * never travels to the server, where a general query log or the process list would show it. Its
 * bytes are UTF-8, the connection character set the provisioner creates accounts with. Salted
 * methods ({@code caching_sha2_password}, {@code sha256_password}, {@code ed25519}) and methods
 * without a password cannot be compared and give {@link PasswordStatus#UNKNOWN}.
 */
final class PasswordChecks {

    private static final String NATIVE = "mysql_native_password";
    private static final int NATIVE_HASH_LENGTH = 41;

    private PasswordChecks() {
    }

    /**
     * Checks an account's password.
     *
     * @param account the account as stored
     * @param password the cluster's password
     * @return the outcome, naming the plugin and the reason
     */
    static PasswordCheck check(AccountAuth account, Secret password) {
        String plugin = account.plugin().isEmpty() ? NATIVE : account.plugin();
        if (account.otherMethods() > 0) {
            return PasswordCheck.of(PasswordStatus.UNKNOWN, plugin, "the account accepts " + (account.otherMethods()
                    + 1) + " authentication methods (IDENTIFIED VIA … OR …), and a node may log in with any of them");
        }
        if (!plugin.equalsIgnoreCase(NATIVE)) {
            return PasswordCheck.of(PasswordStatus.UNKNOWN, plugin, "the account authenticates with " + plugin
                    + ", whose stored form cannot be compared with a password without logging in");
        }
        String stored = account.authenticationString();
        if (stored.isEmpty()) {
            return PasswordCheck.of(PasswordStatus.MISMATCH, plugin, "the account has no password");
        }
        if (stored.length() != NATIVE_HASH_LENGTH || stored.charAt(0) != '*') {
            return PasswordCheck.of(PasswordStatus.UNKNOWN, plugin, "the stored value is not a"
                    + " mysql_native_password hash (such as a pre-4.1 hash or a disabled login)");
        }
        boolean equal = MessageDigest.isEqual(nativeHash(password.reveal()).getBytes(StandardCharsets.US_ASCII),
                stored.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        return equal
                ? PasswordCheck.of(PasswordStatus.MATCH, plugin, "the stored hash matches databases.password")
                : PasswordCheck.of(PasswordStatus.MISMATCH, plugin, "the stored hash differs from that of"
                        + " databases.password");
    }

    /**
     * Computes the {@code mysql_native_password} hash of a password.
     *
     * <pre>
     * password → *2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19
     * </pre>
     *
     * @param password the password
     * @return {@code *} and 40 upper-case hex digits
     */
    static String nativeHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-1, which every Java SE runtime must have", e);
        }
    }
}
