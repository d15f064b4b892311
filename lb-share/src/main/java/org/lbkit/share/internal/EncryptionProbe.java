package org.lbkit.share.internal;

import jcifs.CIFSContext;
import jcifs.CIFSException;
import jcifs.smb.SmbFile;
import org.lbkit.share.ShareFailure;

/**
 * Tells whether an "access denied" from a share means that the share requires SMB3 encryption.
 * jcifs-ng 2.1 cannot encrypt, and servers that require encryption deny unencrypted sessions with
 * a plain STATUS_ACCESS_DENIED. The probe reads the share root once more with a separate context
 * that advertises encryption: if that succeeds, or fails with jcifs-ng's "requires encryption"
 * error, while the ordinary context is denied, the share requires encryption. The diagnostic
 * context is closed at once and never used for data.
 */
final class EncryptionProbe {

    private final SmbSettings settings;
    private final SmbFile shareRoot;
    private volatile Boolean required;

    EncryptionProbe(SmbSettings settings, SmbFile shareRoot) {
        this.settings = settings;
        this.shareRoot = shareRoot;
    }

    boolean shareRequiresEncryption() {
        Boolean known = required;
        if (known == null) {
            known = probe();
            required = known;
        }
        return known;
    }

    private boolean probe() {
        if (rootReadable(shareRoot)) {
            return false;
        }
        CIFSContext diagnostic = JcifsTree.context(settings, true);
        try {
            SmbFile root = JcifsTree.shareRoot(settings, diagnostic);
            try {
                root.exists();
                return true;
            } catch (CIFSException e) {
                return SmbErrors.classify(e).failure() == ShareFailure.ENCRYPTION_REQUIRED;
            } finally {
                root.close();
            }
        } finally {
            closeQuietly(diagnostic);
        }
    }

    private static boolean rootReadable(SmbFile root) {
        try {
            root.exists();
            return true;
        } catch (CIFSException e) {
            return false;
        }
    }

    private static void closeQuietly(CIFSContext context) {
        try {
            context.close();
        } catch (CIFSException e) {
            // The diagnostic context is discarded either way.
        }
    }
}
