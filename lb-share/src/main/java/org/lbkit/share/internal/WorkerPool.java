package org.lbkit.share.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed set of worker threads fed by the walker. At most four tasks per worker wait at any
 * time, so the walker blocks instead of queueing the whole tree.
 */
final class WorkerPool implements AutoCloseable {

    private static final int QUEUED_PER_WORKER = 4;

    private final ExecutorService executor;
    private final Semaphore slots;
    private final Phaser running = new Phaser(1);

    WorkerPool(int workers, String name) {
        this.executor = Executors.newFixedThreadPool(workers, threads(name));
        this.slots = new Semaphore(workers * (QUEUED_PER_WORKER + 1));
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Hands a task to a worker, waiting while the queue is full. */
    void submit(Runnable task) {
        slots.acquireUninterruptibly();
        running.register();
        executor.execute(() -> {
            try {
                task.run();
            } finally {
                running.arriveAndDeregister();
                slots.release();
            }
        });
    }

    /** Waits until every submitted task has finished. */
    void awaitIdle() {
        running.arriveAndAwaitAdvance();
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
