package org.lbkit.share;

/** SMB protocol versions this client can negotiate. SMB1 is not offered. */
public enum SmbDialect {
    /** SMB 2.0.2 (Windows Vista and Server 2008). */
    SMB202,
    /** SMB 2.1 (Windows 7 and Server 2008 R2). */
    SMB210,
    /** SMB 3.0 (Windows 8 and Server 2012). */
    SMB300,
    /** SMB 3.0.2 (Windows 8.1 and Server 2012 R2). */
    SMB302,
    /** SMB 3.1.1 (Windows 10 and Server 2016 and later). */
    SMB311
}
