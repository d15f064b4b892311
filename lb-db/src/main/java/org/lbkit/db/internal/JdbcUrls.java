package org.lbkit.db.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.lbkit.model.DatabaseServer;
import org.lbkit.model.LbValidationException;

/**
 * Parses, builds and redacts MySQL Connector/J URLs of the form
 * {@code jdbc:mysql://host[:port][/database][?key=value&...]}.
 */
public final class JdbcUrls {

    /** The only scheme lbkit accepts, because the MySQL Connector/J driver is the one it ships. */
    public static final String PREFIX = "jdbc:mysql://";

    private static final String MASK = "****";

    /** {@code user:password@} in the authority, which Connector/J accepts. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/?@:\\[(]*):[^@/?]*@");

    /** Any {@code key=value} whose key names a password, a secret or a token. */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&;(,]\\s*[\\w.-]*(?:password|passwd|pwd|secret|token)[\\w.-]*\\s*=)[^&;),]*");

    /** Driver properties the provisioner sets from its own options; a URL must not set them too. */
    private static final Map<String, String> RESERVED = reservedParameters();

    private JdbcUrls() {
    }

    /**
     * Returns the URL with every password removed: the one in {@code user:password@} and the
     * value of every parameter whose name contains {@code password}, {@code pwd},
     * {@code secret} or {@code token}.
     *
     * @param url the URL; {@code null} gives an empty string
     * @return the URL, safe to log
     */
    public static String redact(String url) {
        if (url == null) {
            return "";
        }
        String withoutUserInfo = USER_INFO.matcher(url).replaceAll("$1:" + MASK + "@");
        return SECRET_PARAMETER.matcher(withoutUserInfo).replaceAll("$1" + MASK);
    }

    /**
     * Builds the administration URL of a server, with no database.
     *
     * @param server the host and port
     * @return {@code jdbc:mysql://host:port/}, with an IPv6 host in brackets
     */
    public static String forServer(DatabaseServer server) {
        return PREFIX + server + "/";
    }

    /**
     * Checks a URL given for administration: MySQL scheme, no database, and none of the
     * parameters that the provisioner sets from its own options.
     *
     * @param url the URL
     * @return the URL, unchanged
     * @throws LbValidationException naming the problem and the fix
     */
    public static String checkAdminUrl(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new LbValidationException("JDBC URL " + redact(url) + " must start with " + PREFIX
                    + " because lbkit connects through MySQL Connector/J, which also reaches MariaDB");
        }
        if (!redact(url).equals(url)) {
            throw new LbValidationException("JDBC URL " + redact(url) + " carries a password; remove it from the"
                    + " URL and pass it with adminPassword(Secret), which keeps it out of logs");
        }
        String database = databaseOf(url);
        if (!database.isEmpty()) {
            throw new LbValidationException("JDBC URL " + redact(url) + " names the database '" + database
                    + "', but the administration URL must name none because the databases may not exist"
                    + " yet; remove it, as in " + PREFIX + "host:3306/");
        }
        for (String key : parametersOf(url).keySet()) {
            String option = RESERVED.get(key.toLowerCase(Locale.ROOT));
            if (option != null) {
                throw new LbValidationException("JDBC URL " + redact(url) + " sets '" + key
                        + "', which lbkit sets itself; remove it from the URL and use " + option);
            }
        }
        return url;
    }

    /**
     * Returns the database named in a URL's path.
     *
     * @param url the URL, starting with {@link #PREFIX}
     * @return the database, or an empty string when the URL names none
     */
    static String databaseOf(String url) {
        int pathStart = endOfAuthority(url);
        if (pathStart >= url.length() || url.charAt(pathStart) != '/') {
            return "";
        }
        int query = url.indexOf('?', pathStart);
        return url.substring(pathStart + 1, query < 0 ? url.length() : query);
    }

    /**
     * Returns the query parameters of a URL, in order, with their raw values.
     *
     * @param url the URL
     * @return the parameters by name
     */
    static Map<String, String> parametersOf(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int query = url.indexOf('?', endOfAuthority(url));
        if (query < 0) {
            return parameters;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            parameters.put(equals < 0 ? pair : pair.substring(0, equals), equals < 0 ? "" : pair.substring(equals + 1));
        }
        return parameters;
    }

    /** Returns the index just after the host list, skipping brackets and parentheses. */
    private static int endOfAuthority(String url) {
        int depth = 0;
        for (int i = PREFIX.length(); i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (depth == 0 && (c == '/' || c == '?')) {
                return i;
            }
        }
        return url.length();
    }

    private static Map<String, String> reservedParameters() {
        Map<String, String> reserved = new LinkedHashMap<>();
        for (String key : Set.of("user", "password")) {
            reserved.put(key, "adminUser(...) and adminPassword(...)");
        }
        reserved.put("connecttimeout", "connectTimeout(...)");
        reserved.put("sockettimeout", "socketTimeout(...)");
        reserved.put("sslmode", "sslMode(...)");
        reserved.put("usessl", "sslMode(...)");
        reserved.put("requiressl", "sslMode(...)");
        reserved.put("allowmultiqueries", "nothing: lbkit runs one statement per call");
        return reserved;
    }
}
