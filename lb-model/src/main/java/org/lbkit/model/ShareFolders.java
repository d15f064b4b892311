package org.lbkit.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.immutables.value.Value;

/**
 * Names of the folders under the share root, one per kind of shared data. The defaults are the
 * guide's: {@code config}, {@code spam}, {@code calendar}, {@code mail}, {@code _yodaidx} and
 * {@code archives}.
 */
@Value.Immutable
@LbStyle
public abstract class ShareFolders {

    /**
     * Returns the configuration folder name.
     *
     * @return {@code config} by default
     */
    @Value.Default
    public String config() {
        return "config";
    }

    /**
     * Returns the anti-spam folder name.
     *
     * @return {@code spam} by default
     */
    @Value.Default
    public String spam() {
        return "spam";
    }

    /**
     * Returns the groupware (calendar) folder name.
     *
     * @return {@code calendar} by default
     */
    @Value.Default
    public String calendar() {
        return "calendar";
    }

    /**
     * Returns the mail store folder name.
     *
     * @return {@code mail} by default
     */
    @Value.Default
    public String mail() {
        return "mail";
    }

    /**
     * Returns the full-text (Yoda) index folder name.
     *
     * @return {@code _yodaidx} by default
     */
    @Value.Default
    public String fullTextIndex() {
        return "_yodaidx";
    }

    /**
     * Returns the archive folder name.
     *
     * @return {@code archives} by default
     */
    @Value.Default
    public String archives() {
        return "archives";
    }

    /**
     * Returns every folder name keyed by its file key ({@code config}, {@code spam},
     * {@code calendar}, {@code mail}, {@code fullTextIndex}, {@code archives}), in layout order.
     *
     * @return the folders
     */
    public Map<String, String> byKey() {
        Map<String, String> folders = new LinkedHashMap<>();
        folders.put("config", config());
        folders.put("spam", spam());
        folders.put("calendar", calendar());
        folders.put("mail", mail());
        folders.put("fullTextIndex", fullTextIndex());
        folders.put("archives", archives());
        return folders;
    }

    /**
     * Returns the guide's folder names.
     *
     * @return the default layout
     */
    public static ShareFolders defaults() {
        return builder().build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ShareFolders}. */
    public static final class Builder extends ImmutableShareFolders.Builder {
    }
}
