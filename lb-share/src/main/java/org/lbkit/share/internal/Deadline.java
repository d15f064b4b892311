package org.lbkit.share.internal;

import org.lbkit.share.LbShareException;
import org.lbkit.share.ShareFailure;

/** The time by which one file must be done, checked between the steps and chunks of a copy. */
final class Deadline {

    private final long endNanos;
    private final long millis;

    Deadline(long millis) {
        this.millis = millis;
        this.endNanos = System.nanoTime() + millis * 1_000_000L;
    }

    boolean passed() {
        return System.nanoTime() - endNanos > 0;
    }

    long remainingMillis() {
        return Math.max(0L, (endNanos - System.nanoTime()) / 1_000_000L);
    }

    void check(String location) {
        if (passed()) {
            throw new LbShareException(ShareFailure.DEADLINE_EXCEEDED, location,
                    "copying for longer than the file deadline of " + millis + " ms", null);
        }
    }
}
