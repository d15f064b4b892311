package org.lbkit.examples.rollout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lbkit.model.Cluster;
import org.lbkit.model.LbException;

/**
 * The rollout's work folder belongs to one cluster file: its embedded database, local share and
 * output describe that cluster, so a second cluster file pointed at the same folder would mix the
 * two. A marker file records the owner on the first run.
 */
final class WorkFolder {

    private static final String MARKER = ".lbkit-work";

    private WorkFolder() {
    }

    /**
     * Records the cluster file as the folder's owner, or checks that it already is.
     *
     * @throws LbException when another cluster file owns the folder
     */
    static void claim(Path folder, Cluster cluster, Path clusterFile) {
        String owner = "cluster " + cluster.name() + " from " + clusterFile.toAbsolutePath().normalize() + "\n";
        Path marker = folder.resolve(MARKER);
        try {
            if (Files.exists(marker)) {
                String existing = Files.readString(marker, StandardCharsets.UTF_8);
                if (!existing.equals(owner)) {
                    throw new LbException("the work folder " + folder + " holds the databases, share and output of "
                            + existing.strip() + "; pass --work with another folder for " + owner.strip()
                            + ", or delete " + folder + " to start over");
                }
                return;
            }
            Files.createDirectories(folder);
            Files.writeString(marker, owner, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LbException("cannot use the work folder " + folder + ": " + e.getMessage()
                    + "; choose another with --work", e);
        }
    }
}
