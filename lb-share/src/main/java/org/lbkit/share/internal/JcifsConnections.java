package org.lbkit.share.internal;

import java.util.concurrent.atomic.AtomicInteger;

import jcifs.CIFSContext;
import jcifs.CIFSException;
import jcifs.smb.SmbFile;

/**
 * Several independent jcifs-ng contexts to one share, each with its own TCP connection. Each
 * thread keeps using the connection it was first given, round robin. A server such as Samba
 * handles each connection in its own process, so several connections let it work on several
 * requests at once, where one connection makes every request wait for the previous one.
 */
final class JcifsConnections {

    private final CIFSContext[] contexts;
    private final SmbFile[] roots;
    private final AtomicInteger next = new AtomicInteger();
    private final ThreadLocal<Integer> slot;

    JcifsConnections(SmbSettings settings, int count) {
        this.contexts = new CIFSContext[count];
        this.roots = new SmbFile[count];
        for (int i = 0; i < count; i++) {
            contexts[i] = JcifsTree.context(settings, false);
            roots[i] = JcifsTree.shareRoot(settings, contexts[i]);
        }
        this.slot = ThreadLocal.withInitial(() -> Math.floorMod(next.getAndIncrement(), count));
    }

    /** Returns the share root on the calling thread's connection. */
    SmbFile shareRoot() {
        return roots[slot.get()];
    }

    /** Returns the share root on the first connection. */
    SmbFile firstShareRoot() {
        return roots[0];
    }

    void close() {
        for (CIFSContext context : contexts) {
            try {
                context.close();
            } catch (CIFSException e) {
                // The transports are gone either way; nothing is left to release.
            }
        }
    }
}
