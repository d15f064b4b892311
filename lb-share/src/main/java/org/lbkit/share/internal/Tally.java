package org.lbkit.share.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Thread-safe counters of entries and bytes per category, keeping the first entries of each
 * category as samples, so that memory stays bounded whatever the number of entries.
 *
 * @param <K> the category enum
 * @param <E> the entry type
 */
public final class Tally<K extends Enum<K>, E> {

    private final Class<K> type;
    private final int sampleLimit;
    private final AtomicLongArray counts;
    private final AtomicLongArray bytes;
    private final List<List<E>> samples;

    /**
     * Creates an empty tally.
     *
     * @param type the category enum
     * @param sampleLimit how many entries to keep per category
     */
    public Tally(Class<K> type, int sampleLimit) {
        this.type = type;
        this.sampleLimit = sampleLimit;
        int size = type.getEnumConstants().length;
        this.counts = new AtomicLongArray(size);
        this.bytes = new AtomicLongArray(size);
        this.samples = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            samples.add(Collections.synchronizedList(new ArrayList<>()));
        }
    }

    /**
     * Counts one entry.
     *
     * @param category the category
     * @param size the entry's size in bytes
     * @param entry the entry, kept when fewer than the limit are kept
     */
    public void add(K category, long size, E entry) {
        int index = category.ordinal();
        counts.incrementAndGet(index);
        bytes.addAndGet(index, size);
        List<E> kept = samples.get(index);
        synchronized (kept) {
            if (kept.size() < sampleLimit) {
                kept.add(entry);
            }
        }
    }

    /**
     * Returns the number of entries of a category.
     *
     * @param category the category
     * @return the count
     */
    public long count(K category) {
        return counts.get(category.ordinal());
    }

    /**
     * Returns the counts of all categories.
     *
     * @return the counts, in enum order
     */
    public Map<K, Long> counts() {
        return snapshot(counts);
    }

    /**
     * Returns the byte totals of all categories.
     *
     * @return the totals, in enum order
     */
    public Map<K, Long> bytes() {
        return snapshot(bytes);
    }

    /**
     * Returns the kept entries of the categories that have any.
     *
     * @return the samples, in enum order
     */
    public Map<K, List<E>> samples() {
        Map<K, List<E>> result = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            List<E> kept = samples.get(key.ordinal());
            synchronized (kept) {
                if (!kept.isEmpty()) {
                    result.put(key, List.copyOf(kept));
                }
            }
        }
        return result;
    }

    private Map<K, Long> snapshot(AtomicLongArray values) {
        Map<K, Long> result = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            result.put(key, values.get(key.ordinal()));
        }
        return result;
    }
}
