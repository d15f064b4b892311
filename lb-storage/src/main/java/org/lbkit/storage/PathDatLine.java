package org.lbkit.storage;

/**
 * The positional lines of IceWarp's {@code path.dat}, numbered from 1. The layout comes from an
 * IceWarp engineer's public description of the file (github.com/milamber86/scripts,
 * {@code icewarp_path.dat}); IceWarp's installer reads lines 1, 6 and 7, and its config-sync
 * scripts rewrite lines 4 and 14.
 */
public enum PathDatLine {
    /** Line 1: the configuration folder; the share's {@code config} folder in a cluster. */
    CONFIG_PATH(1),
    /** Line 2: the web ({@code html}) folder; may stay local. */
    WEB_PATH(2),
    /** Line 3: not used. */
    UNUSED_3(3),
    /** Line 4: the server ID that prefixes message and log file names. */
    SERVER_ID(4),
    /** Line 5: remote logon entries {@code UNC;user;password} joined by {@code |}. */
    REMOTE_CONNECTION(5),
    /** Line 6: the anti-spam folder. */
    SPAM_PATH(6),
    /** Line 7: the groupware (calendar) folder. */
    GROUPWARE_PATH(7),
    /** Line 8: the outgoing queue folder. */
    OUTGOING_PATH(8),
    /** Line 9: the outgoing retry queue folder. */
    OUTGOING_RETRY_PATH(9),
    /** Line 10: IP binding {@code server-binding|outgoing-binding}; empty binds to all addresses. */
    IP_BINDING(10),
    /** Line 11: the host name this node uses towards other servers. */
    HOST_NAME(11),
    /** Line 12: the licence file. */
    LICENSE_FILE(12),
    /** Line 13: the incoming queue folder. */
    INCOMING_PATH(13),
    /** Line 14: {@code 1} on a slave, {@code 0} on the master (the inverse of the master checkbox). */
    SLAVE_FLAG(14),
    /** Line 15: the master's address. */
    MASTER_HOST(15),
    /** Line 16: the slaves' addresses separated by {@code ;}. */
    SLAVE_HOSTS(16),
    /** Line 17: the public URL of the TeamChat API for this node (newer builds). */
    TEAMCHAT_API_URL(17);

    private final int number;

    PathDatLine(int number) {
        this.number = number;
    }

    /**
     * Returns the 1-based line number.
     *
     * @return the number, 1 to 17
     */
    public int number() {
        return number;
    }

    /**
     * Returns the line with a number.
     *
     * @param number the 1-based line number
     * @return the line
     * @throws LbStorageException if the number is not between 1 and 17
     */
    public static PathDatLine ofNumber(int number) {
        if (number < 1 || number > values().length) {
            throw new LbStorageException("path.dat line number must be between 1 and "
                    + values().length + " but was " + number);
        }
        return values()[number - 1];
    }
}
