package org.lbkit.share.internal;

import java.util.function.Supplier;

import org.lbkit.share.LbShareException;

/**
 * Repeats an operation without side effects on the target, such as a listing or creating a
 * folder, after a transient failure, pausing twice as long before each further attempt.
 */
final class Retry {

    private final int retries;
    private final long backoffMillis;

    Retry(int retries, long backoffMillis) {
        this.retries = retries;
        this.backoffMillis = backoffMillis;
    }

    <T> T call(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (LbShareException e) {
                if (!e.failure().isTransient() || attempt > retries) {
                    throw e;
                }
                pause(attempt, e);
            }
        }
    }

    void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    private void pause(int attempt, LbShareException cause) {
        try {
            Thread.sleep(backoffMillis << Math.min(attempt - 1, 16));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }
}
