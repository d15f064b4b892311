package org.lbkit.storage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseAccess;
import org.lbkit.model.LbStyle;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Platform;
import org.lbkit.storage.internal.SettingsCalculator;

/**
 * Every value the load-balancing guide sets on one node, each tied to where IceWarp keeps it:
 * API variables ({@code tool set system}), {@code path.dat} lines, the tables the master
 * creates, and the ODBC data sources of a node set to ODBC access.
 *
 * <p>Paths are in the node's own form: on Windows the share's UNC path with a trailing
 * {@code \}; on Linux the node's share mount point followed by the folder and a trailing
 * {@code /}. Serialised to JSON, secrets appear masked.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"cluster", "nodeId", "nodeName", "platform", "master", "databaseAccess", "installPath",
    "apiVariables", "pathDat", "tableCreations", "odbcDsns", "notes"})
public abstract class NodeSettings {

    /**
     * Computes the settings of one node.
     *
     * @param cluster the cluster
     * @param nodeId the node's server ID
     * @return the settings
     * @throws LbValidationException if the cluster's validation report has errors, or no node has
     *     the ID
     * @throws LbStorageException if a value cannot be stored where IceWarp keeps it, such as a
     *     Linux node without a share mount point
     * @throws org.lbkit.model.LbException if a secret refers to an unset environment variable
     */
    public static NodeSettings of(Cluster cluster, String nodeId) {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(nodeId, "nodeId");
        cluster.validate().orThrow();
        return SettingsCalculator.calculate(cluster, cluster.node(nodeId));
    }

    /**
     * Returns the cluster's name.
     *
     * @return the name
     */
    @JsonProperty("cluster")
    public abstract String clusterName();

    /**
     * Returns the node's server ID.
     *
     * @return the ID
     */
    @JsonProperty("nodeId")
    public abstract String nodeId();

    /**
     * Returns the node's server name.
     *
     * @return the name
     */
    @JsonProperty("nodeName")
    public abstract String nodeName();

    /**
     * Returns the node's operating system.
     *
     * @return the platform
     */
    @JsonProperty("platform")
    public abstract Platform platform();

    /**
     * Returns whether the node is the master.
     *
     * @return {@code true} on the master
     */
    @JsonProperty("master")
    public abstract boolean isMaster();

    /**
     * Returns how the node reaches MySQL.
     *
     * @return the access mode
     */
    @JsonProperty("databaseAccess")
    public abstract DatabaseAccess databaseAccess();

    /**
     * Returns the IceWarp installation folder, with a trailing separator.
     *
     * @return the folder
     */
    @JsonProperty("installPath")
    public abstract String installPath();

    /**
     * Returns the configuration folder on the share, in the node's form.
     *
     * @return the folder, with a trailing separator
     */
    public abstract String configPath();

    /**
     * Returns the anti-spam folder on the share.
     *
     * @return the folder, with a trailing separator
     */
    public abstract String spamPath();

    /**
     * Returns the groupware (calendar) folder on the share.
     *
     * @return the folder, with a trailing separator
     */
    public abstract String groupwarePath();

    /**
     * Returns the mail folder on the share.
     *
     * @return the folder, with a trailing separator
     */
    public abstract String mailPath();

    /**
     * Returns the archive folder on the share.
     *
     * @return the folder, with a trailing separator
     */
    public abstract String archivePath();

    /**
     * Returns the full-text index folder on the share.
     *
     * @return the folder, with a trailing separator
     */
    public abstract String fullTextIndexPath();

    /**
     * Returns the node's local temporary folder.
     *
     * @return the folder, with a trailing separator
     */
    public abstract String tempPath();

    /**
     * Returns the node's local logs folder.
     *
     * @return the folder, with a trailing separator
     */
    public abstract String logsPath();

    /**
     * Returns the API variables to set, in the order a script sets them.
     *
     * @return the variables
     */
    @JsonProperty("apiVariables")
    public abstract List<ApiVariable> apiVariables();

    /**
     * Returns the {@code path.dat} lines the node must have; other lines stay as they are.
     *
     * @return the changes, by line number
     */
    @JsonProperty("pathDat")
    public abstract List<PathDatChange> pathDatChanges();

    /**
     * Returns the tables the node creates: on the master, in IceWarp's order; empty on slaves.
     *
     * @return the table creations
     */
    @JsonProperty("tableCreations")
    public abstract List<TableCreation> tableCreations();

    /**
     * Returns the system ODBC data sources to create; empty unless the node uses ODBC access.
     *
     * @return the data sources
     */
    @JsonProperty("odbcDsns")
    public abstract List<OdbcDsn> odbcDsns();

    /**
     * Returns what an administrator must still do by hand, because IceWarp keeps the value in a
     * place no tool command reaches or its storage is not documented.
     *
     * @return the notes, in plain sentences
     */
    @JsonProperty("notes")
    public abstract List<String> notes();

    /**
     * Returns an API variable by name, compared without regard to case.
     *
     * @param name the variable name
     * @return the variable, if the node sets it
     */
    public Optional<ApiVariable> variable(String name) {
        return apiVariables().stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Returns the change of one {@code path.dat} line.
     *
     * @param line the line
     * @return the change, if the settings fix that line
     */
    public Optional<PathDatChange> pathDatChange(PathDatLine line) {
        return pathDatChanges().stream().filter(change -> change.line() == line).findFirst();
    }

    /**
     * Returns the line ending of files written for the node.
     *
     * @return CRLF on Windows, LF on Linux
     */
    public LineEnding lineEnding() {
        return platform() == Platform.WINDOWS ? LineEnding.CRLF : LineEnding.LF;
    }

    /**
     * Returns an existing {@code path.dat} with the node's lines set and every other line kept.
     *
     * @param existing the node's current file
     * @return the changed file
     */
    public PathDat applyTo(PathDat existing) {
        PathDat result = existing;
        for (PathDatChange change : pathDatChanges()) {
            result = result.with(change.line(), change.value());
        }
        return result;
    }

    /**
     * Returns a new {@code path.dat} with the node's lines set and the other lines empty, which
     * IceWarp reads as its defaults.
     *
     * @return the file, with the node's line ending
     */
    public PathDat newPathDat() {
        return applyTo(PathDat.empty(lineEnding()));
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link NodeSettings}. */
    public static final class Builder extends ImmutableNodeSettings.Builder {
    }
}
