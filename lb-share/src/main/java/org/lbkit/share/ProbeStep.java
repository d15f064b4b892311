package org.lbkit.share;

/** Steps of a share probe, in the order they run in each folder. */
public enum ProbeStep {
    /** Connect and log on, by reading the root's attributes. */
    CONNECT,
    /** Find the folder. */
    FIND_FOLDER,
    /** Create a probe file and write to it. */
    CREATE,
    /** Write a second probe file and rename it over the first, replacing it. */
    RENAME_OVER,
    /** Read the remaining probe file back and compare its content. */
    READ_BACK,
    /** Delete the probe file. */
    DELETE
}
