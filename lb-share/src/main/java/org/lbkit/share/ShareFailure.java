package org.lbkit.share;

/**
 * Kinds of failure when reaching or using a folder tree, each with an explanation and a fix that
 * a person can act on. {@link #isTransient()} tells whether retrying the same operation may help.
 */
public enum ShareFailure {

    /** The host name does not resolve. */
    UNKNOWN_HOST("the host name does not resolve to an address",
            "check the spelling of the host, or use its IP address", false),

    /** Nothing listens on the host and port. */
    CONNECTION_REFUSED("the host refused the connection: nothing listens on that port",
            "check that the SMB server runs, that the port is right (445 by default) and that no"
                    + " firewall blocks it", false),

    /** The host or an operation did not answer in time. */
    TIMEOUT("the server did not answer in time",
            "check the network path to the server, or raise the timeouts", true),

    /** The connection to the server was lost during an operation. */
    CONNECTION_LOST("the connection to the server was lost",
            "retry; if it keeps happening, check the server's load and the network", true),

    /** The server rejected the user name or password. */
    BAD_CREDENTIALS("the server rejected the user name or password",
            "check the share account's user, domain and password", false),

    /** The account exists but may not log on now (locked, disabled, expired). */
    ACCOUNT_RESTRICTED("the account is locked, disabled, expired, or must change its password",
            "unlock or renew the share account on the file server or domain controller", false),

    /** The server does not have a share of that name. */
    SHARE_NOT_FOUND("the server has no share of that name",
            "check the share name, or create the share on the file server", false),

    /**
     * The server requires SMB3 encryption, which jcifs-ng 2.1 cannot do, so it denies access to
     * every unencrypted session.
     */
    ENCRYPTION_REQUIRED("the share requires SMB3 encryption, which this client (jcifs-ng 2.1) does"
            + " not implement",
            "turn off required encryption for this share (Samba: smb encrypt = desired or off; Windows:"
                    + " Set-SmbShare -EncryptData $false), or reach it through an OS mount that"
                    + " encrypts and use FileTrees.local", false),

    /** The server refuses the operation to this account. */
    ACCESS_DENIED("the account is not allowed to do this on that folder or file",
            "give the share account read and write permission on the share and on the folder", false),

    /** A file or folder on the path does not exist. */
    NOT_FOUND("the file or folder does not exist",
            "check the path, or create the folder first", false),

    /** A file of that name already exists. */
    ALREADY_EXISTS("a file or folder of that name already exists",
            "remove or rename the existing entry, or choose another name", false),

    /** A path component is a file where a folder is expected, or the reverse. */
    NOT_A_DIRECTORY("a path component is a file where a folder is expected, or the reverse",
            "check the path; a file and a folder cannot share a name", false),

    /** Another program has the file open without sharing it. */
    SHARING_VIOLATION("another program has the file open and does not share it",
            "retry later, or stop the program that holds the file", true),

    /** The disk or the account's quota is full. */
    DISK_FULL("the disk or the account's quota is full",
            "free space on the target or raise the quota", false),

    /** The name is not valid on the target. */
    INVALID_NAME("the name is not valid on the target file system",
            "rename the file at its source; lbkit never renames files itself", false),

    /** A source file changed while it was copied, so the copy was not published. */
    SOURCE_CHANGED("the source file changed while it was copied, so the copy was not published",
            "stop the service that writes to the source, or run the migration again to copy the"
                    + " new version", true),

    /** The per-file deadline passed before the file was copied. */
    DEADLINE_EXCEEDED("the file was not copied within its deadline",
            "raise the migration's fileDeadline, or check the speed of the link", false),

    /** The server does not speak the SMB dialects allowed by the options. */
    DIALECT_UNSUPPORTED("the server does not speak SMB 2.0.2 to 3.1.1",
            "enable SMB2 or SMB3 on the server; SMB1 is not supported", false),

    /** A local or remote I/O error with no finer classification. */
    IO_ERROR("an input or output error occurred", "read the cause; retry if the error was temporary",
            true),

    /** A failure that could not be classified. */
    UNKNOWN("the failure could not be classified", "read the cause in the exception or the log", false);

    private final String explanation;
    private final String fix;
    private final boolean transientFailure;

    ShareFailure(String explanation, String fix, boolean transientFailure) {
        this.explanation = explanation;
        this.fix = fix;
        this.transientFailure = transientFailure;
    }

    /**
     * Returns what this kind of failure means.
     *
     * @return the explanation
     */
    public String explanation() {
        return explanation;
    }

    /**
     * Returns what to change so that the operation succeeds.
     *
     * @return the fix
     */
    public String fix() {
        return fix;
    }

    /**
     * Returns whether repeating the operation after a pause may succeed.
     *
     * @return {@code true} for timeouts, lost connections, sharing violations and plain I/O errors
     */
    public boolean isTransient() {
        return transientFailure;
    }
}
