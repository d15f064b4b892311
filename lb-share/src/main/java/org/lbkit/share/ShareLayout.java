package org.lbkit.share;

import java.util.Objects;
import java.util.Optional;

import org.lbkit.model.Share;
import org.lbkit.model.ShareFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the cluster's folders under the share root ({@code config}, {@code spam},
 * {@code calendar}, {@code mail}, {@code _yodaidx}, {@code archives}, or the model's names).
 * Creating is idempotent: a second call creates nothing and lists every folder as existing.
 */
public final class ShareLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ShareLayout.class);

    private final FileTree root;
    private ShareFolders folders = ShareFolders.defaults();

    private ShareLayout(FileTree root) {
        this.root = root;
    }

    /**
     * Returns the layout of the guide's folders under a root.
     *
     * @param root the share root
     * @return the layout
     */
    public static ShareLayout of(FileTree root) {
        return new ShareLayout(Objects.requireNonNull(root, "root"));
    }

    /**
     * Creates the cluster share's folders with its account and folder names.
     *
     * @param share the model's share
     * @return the report
     */
    public static LayoutReport create(Share share) {
        try (SmbTree tree = SmbTree.of(share)) {
            return of(tree).folders(share.folders()).create();
        }
    }

    /**
     * Sets the folder names.
     *
     * @param names the names; the guide's defaults otherwise
     * @return this layout
     */
    public ShareLayout folders(ShareFolders names) {
        this.folders = Objects.requireNonNull(names, "folders");
        return this;
    }

    /**
     * Creates the missing folders and their missing parents.
     *
     * @return what was created and what existed
     * @throws LbShareException with {@link ShareFailure#NOT_A_DIRECTORY} when a file has a folder's
     *         name, or any failure of the share
     */
    public LayoutReport create() {
        LayoutReport.Builder report = LayoutReport.builder().location(root.location());
        for (String folder : folders.byKey().values()) {
            Optional<FileEntry> existing = root.stat(folder);
            if (existing.isPresent() && !existing.get().isDirectory()) {
                throw new LbShareException(ShareFailure.NOT_A_DIRECTORY, root.location(folder),
                        "creating the layout folder", null);
            }
            if (existing.isPresent()) {
                report.addExisting(folder);
            } else {
                root.createDirectories(folder);
                report.addCreated(folder);
            }
        }
        LayoutReport result = report.build();
        LOG.info("[layout] {}: created {}, already existing {}", root.location(), result.created(),
                result.existing());
        return result;
    }
}
