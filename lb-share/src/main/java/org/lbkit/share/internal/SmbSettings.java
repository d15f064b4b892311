package org.lbkit.share.internal;

import java.time.Duration;

import org.lbkit.model.Secret;
import org.lbkit.share.SmbDialect;

/**
 * Everything needed to reach a folder on an SMB share.
 *
 * @param host the server's host name or IP address, IPv6 without brackets
 * @param port the TCP port
 * @param share the share name
 * @param path the folder below the share, {@code /}-separated, empty for the share root
 * @param domain the account's domain, empty for a local account
 * @param user the account's user name
 * @param password the account's password
 * @param connectTimeout how long to wait for the TCP connection
 * @param responseTimeout how long to wait for each response
 * @param minDialect the lowest dialect offered
 * @param maxDialect the highest dialect offered
 * @param signingRequired whether to require SMB signing
 * @param dfs whether to follow DFS referrals
 */
public record SmbSettings(String host, int port, String share, String path, String domain, String user,
        Secret password, Duration connectTimeout, Duration responseTimeout, SmbDialect minDialect,
        SmbDialect maxDialect, boolean signingRequired, boolean dfs) {

    /**
     * Returns the UNC form of a path below the share root, for messages.
     *
     * @param relative the path below {@link #path()}, {@code /}-separated
     * @return the UNC path, such as {@code \\fs01\icewarp\mail\file}
     */
    public String unc(String relative) {
        // UNC paths have no port; the port shows in toString() instead.
        StringBuilder unc = new StringBuilder("\\\\").append(host);
        unc.append('\\').append(share).append('\\');
        String full = path.isEmpty() ? relative : relative.isEmpty() ? path : path + "/" + relative;
        return unc.append(full.replace('/', '\\')).toString();
    }

    @Override
    public String toString() {
        String account = domain.isEmpty() ? user : domain + "\\" + user;
        return "SmbSettings[" + unc("") + ", port " + port + ", user " + account + "]";
    }
}
