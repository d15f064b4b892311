package org.lbkit.share;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Counts, byte totals and sample entries per {@link FileAction}, as a migration plan or report
 * holds them. Samples are the first entries of each action, up to the sample limit; every entry
 * reaches the callback given to {@link Migration#onFile}.
 */
public interface ActionSummary {

    /**
     * Returns the number of entries per action.
     *
     * @return the counts, one per action
     */
    @JsonProperty("files")
    Map<FileAction, Long> files();

    /**
     * Returns the total size of the entries per action, in bytes.
     *
     * @return the totals, one per action
     */
    @JsonProperty("bytes")
    Map<FileAction, Long> bytes();

    /**
     * Returns the first entries of each action that has any.
     *
     * @return the samples
     */
    @JsonProperty("samples")
    Map<FileAction, List<FileOutcome>> samples();

    /**
     * Returns the number of entries of one action.
     *
     * @param action the action
     * @return the count
     */
    default long count(FileAction action) {
        return files().getOrDefault(action, 0L);
    }

    /**
     * Returns the total size of the entries of one action.
     *
     * @param action the action
     * @return the bytes
     */
    default long bytes(FileAction action) {
        return bytes().getOrDefault(action, 0L);
    }

    /**
     * Returns the first entries of one action.
     *
     * @param action the action
     * @return the samples, possibly empty
     */
    default List<FileOutcome> samples(FileAction action) {
        return samples().getOrDefault(action, List.of());
    }
}
