package org.lbkit.storage.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.lbkit.storage.LbStorageException;
import org.lbkit.storage.NodeSettings;

/** Writes a node's settings as indented JSON, secrets masked by the settings' own annotations. */
public final class SettingsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SettingsJson() {
    }

    /**
     * Writes the settings.
     *
     * @param settings the settings
     * @return the JSON text, ending with a line break
     * @throws LbStorageException if Jackson fails, which would be a bug in the annotations
     */
    public static String write(NodeSettings settings) {
        try {
            return MAPPER.writeValueAsString(settings) + "\n";
        } catch (JsonProcessingException e) {
            throw new LbStorageException("cannot write the settings of node " + settings.nodeName() + " as JSON", e);
        }
    }
}
