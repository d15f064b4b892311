package org.lbkit.model;

import java.util.Optional;

import org.immutables.value.Value;

/**
 * One IceWarp server of the cluster, with the settings of its load-balancing tab that differ from
 * node to node.
 */
@Value.Immutable
@LbStyle
public abstract class Node {

    /**
     * Returns the server ID that prefixes message and log file names; IceWarp allows at most two
     * characters, digits recommended.
     *
     * @return the server ID
     */
    public abstract String id();

    /**
     * Returns the server name used in protocols; different on every node.
     *
     * @return the server name
     */
    public abstract String name();

    /**
     * Returns the address other machines reach this node at: IPv4, IPv6 or DNS name.
     *
     * @return the address
     */
    public abstract String address();

    /**
     * Returns whether this node is the master, which runs the cluster's shared scheduled work.
     *
     * @return {@code true} on the master
     */
    @Value.Default
    public boolean isMaster() {
        return false;
    }

    /**
     * Returns the node's operating system.
     *
     * @return the platform, Windows by default
     */
    @Value.Default
    public Platform platform() {
        return Platform.WINDOWS;
    }

    /**
     * Returns the IceWarp installation folder, where {@code path.dat} and the {@code tool}
     * program live.
     *
     * @return the folder, by default {@code C:\Program Files\IceWarp\} or {@code /opt/icewarp/}
     */
    @Value.Default
    public String installPath() {
        return platform() == Platform.WINDOWS ? "C:\\Program Files\\IceWarp\\" : "/opt/icewarp/";
    }

    /**
     * Returns the local temporary folder; it must not be on the share.
     *
     * @return the folder, by default {@code C:\IceWarp\temp\} or {@code /opt/icewarp/temp/}
     */
    @Value.Default
    public String tempPath() {
        return platform() == Platform.WINDOWS ? "C:\\IceWarp\\temp\\" : "/opt/icewarp/temp/";
    }

    /**
     * Returns the local logs folder; it must not be on the share.
     *
     * @return the folder, by default {@code C:\IceWarp\logs\} or {@code /opt/icewarp/logs/}
     */
    @Value.Default
    public String logsPath() {
        return platform() == Platform.WINDOWS ? "C:\\IceWarp\\logs\\" : "/opt/icewarp/logs/";
    }

    /**
     * Returns this node's own licence, when the cluster does not give one licence for all nodes.
     *
     * @return the licence, if set on the node
     */
    public abstract Optional<Licence> licence();

    /**
     * Returns how the node reaches MySQL.
     *
     * @return the access mode, the MySQL client library by default
     */
    @Value.Default
    public DatabaseAccess databaseAccess() {
        return DatabaseAccess.MYSQL_CLIENT;
    }

    /**
     * Returns, on a Linux node, the local folder where the share root is mounted, such as
     * {@code /mnt/icewarp/}.
     *
     * @return the mount folder, if set
     */
    public abstract Optional<String> shareMount();

    /**
     * Creates a Windows master node.
     *
     * @param id the server ID
     * @param name the server name
     * @param address the node's address
     * @return the node
     */
    public static Node master(String id, String name, String address) {
        return builder().id(id).name(name).address(address).master(true).build();
    }

    /**
     * Creates a Windows slave node.
     *
     * @param id the server ID
     * @param name the server name
     * @param address the node's address
     * @return the node
     */
    public static Node slave(String id, String name, String address) {
        return builder().id(id).name(name).address(address).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Node}. */
    public static final class Builder extends ImmutableNode.Builder {
    }
}
