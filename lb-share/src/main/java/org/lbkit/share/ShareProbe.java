package org.lbkit.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.lbkit.model.Share;
import org.lbkit.model.ShareFolders;
import org.lbkit.share.internal.TreePaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that an account can use every folder of the layout the way IceWarp does. In each folder
 * it creates and writes a probe file, writes a second one and renames it over the first. Then it
 * reads the result back and deletes it. Failures are classified ({@link ShareFailure}) with an
 * explanation and a fix; a share that requires SMB3 encryption is reported as such, not as
 * "access denied".
 *
 * <pre>
 * ProbeReport report = ShareProbe.probe(cluster.share());
 * report.failures().forEach(System.out::println);
 * </pre>
 *
 * <p>The probe only deletes the files it created, named {@code lbkit-probe-<hex>.tmp}.
 */
public final class ShareProbe {

    private static final Logger LOG = LoggerFactory.getLogger(ShareProbe.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FileTree root;
    private List<String> folders = new ArrayList<>(ShareFolders.defaults().byKey().values());

    private ShareProbe(FileTree root) {
        this.root = root;
    }

    /**
     * Returns a probe of the guide's folders under a root.
     *
     * @param root the share root, as a tree opened with the account to check
     * @return the probe
     */
    public static ShareProbe of(FileTree root) {
        return new ShareProbe(Objects.requireNonNull(root, "root"));
    }

    /**
     * Probes the cluster's share with its account and folder names.
     *
     * @param share the model's share
     * @return the report
     */
    public static ProbeReport probe(Share share) {
        try (SmbTree tree = SmbTree.of(share)) {
            return of(tree).folders(share.folders()).probe();
        }
    }

    /**
     * Sets the folders to probe from the model's layout.
     *
     * @param layout the folder names
     * @return this probe
     */
    public ShareProbe folders(ShareFolders layout) {
        this.folders = new ArrayList<>(Objects.requireNonNull(layout, "layout").byKey().values());
        return this;
    }

    /**
     * Sets the folders to probe, as paths relative to the root; the empty path probes the root.
     *
     * @param paths the folders
     * @return this probe
     */
    public ShareProbe folders(String... paths) {
        List<String> checked = new ArrayList<>();
        for (String path : Arrays.asList(paths)) {
            checked.add(TreePaths.check(path));
        }
        this.folders = checked;
        return this;
    }

    /**
     * Runs every step in every folder.
     *
     * @return the report
     */
    public ProbeReport probe() {
        ProbeReport.Builder report = ProbeReport.builder().location(root.location());
        FolderProbe connection = connect();
        for (String folder : folders) {
            report.addFolders(connection.isOk() ? probeFolder(folder) : sameFailure(connection, folder));
        }
        ProbeReport result = report.build();
        LOG.info("[probe] {}: {} of {} folders usable", root.location(),
                result.folders().stream().filter(FolderProbe::isOk).count(), result.folders().size());
        return result;
    }

    private FolderProbe connect() {
        long start = System.nanoTime();
        try {
            root.stat("").orElseThrow(() -> new LbShareException(ShareFailure.NOT_FOUND, root.location(),
                    "finding the root folder", null));
            return passed("", start);
        } catch (LbShareException e) {
            return failed("", ProbeStep.CONNECT, e, start);
        }
    }

    private FolderProbe sameFailure(FolderProbe connection, String folder) {
        return FolderProbe.builder().from(connection).folder(folder).location(root.location(folder)).build();
    }

    private FolderProbe probeFolder(String folder) {
        long start = System.nanoTime();
        String first = TreePaths.join(folder, probeName());
        String second = TreePaths.join(folder, probeName());
        ProbeStep step = ProbeStep.FIND_FOLDER;
        try {
            boolean exists = root.stat(folder).map(FileEntry::isDirectory).orElse(false);
            if (!exists) {
                throw new LbShareException(ShareFailure.NOT_FOUND, root.location(folder),
                        "finding the folder (create the layout with ShareLayout)", null);
            }
            step = ProbeStep.CREATE;
            write(first, "lbkit probe 1");
            step = ProbeStep.RENAME_OVER;
            write(second, "lbkit probe 2");
            root.rename(second, first);
            step = ProbeStep.READ_BACK;
            readBack(first, "lbkit probe 2");
            step = ProbeStep.DELETE;
            root.deleteFile(first);
            return passed(folder, start);
        } catch (LbShareException e) {
            cleanUp(first, second);
            return failed(folder, step, e, start);
        }
    }

    private void write(String path, String content) {
        try (OutputStream out = root.createNew(path)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LbShareException(ShareFailure.IO_ERROR, root.location(path), "writing the probe file", e);
        }
    }

    private void readBack(String path, String expected) {
        try (InputStream in = root.openRead(path)) {
            String actual = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!actual.equals(expected)) {
                throw new LbShareException(ShareFailure.IO_ERROR, root.location(path),
                        "reading back the probe file returned other content than was written", null);
            }
        } catch (IOException e) {
            throw new LbShareException(ShareFailure.IO_ERROR, root.location(path), "reading the probe file", e);
        }
    }

    private void cleanUp(String... paths) {
        for (String path : paths) {
            try {
                root.deleteFile(path);
            } catch (LbShareException e) {
                LOG.debug("[probe] could not remove {}: {}", root.location(path), e.getMessage());
            }
        }
    }

    private FolderProbe passed(String folder, long start) {
        return FolderProbe.builder().folder(folder).location(root.location(folder))
                .durationMillis(millisSince(start)).build();
    }

    private FolderProbe failed(String folder, ProbeStep step, LbShareException e, long start) {
        LOG.warn("[probe] {} failed at {}: {}", root.location(folder), step, e.getMessage());
        return FolderProbe.builder()
                .folder(folder)
                .location(root.location(folder))
                .failedStep(step)
                .failure(e.failure())
                .detail(e.getMessage())
                .durationMillis(millisSince(start))
                .build();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000L;
    }

    private static String probeName() {
        return String.format("lbkit-probe-%012x.tmp", RANDOM.nextLong() & 0xFFFF_FFFF_FFFFL);
    }
}
