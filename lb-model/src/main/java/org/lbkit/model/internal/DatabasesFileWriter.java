package org.lbkit.model.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lbkit.model.Databases;

/** Writes the {@code databases} mapping of a cluster file. */
final class DatabasesFileWriter {

    private DatabasesFileWriter() {
    }

    /**
     * Converts the databases. Names and storages are written exactly as set, defaults included,
     * so that reading the file back gives an equal value.
     */
    static Map<String, Object> databases(Databases databases, ClusterFileWriter.SecretWriter secrets) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("server", ClusterFileWriter.server(databases.server()));
        databases.backup().ifPresent(backup -> out.put("backup", ClusterFileWriter.server(backup)));
        out.put("user", databases.user());
        secrets.write(databases.password(), "databases.password").ifPresent(text -> out.put("password", text));

        Map<String, Object> names = new LinkedHashMap<>();
        databases.names().forEach((role, name) -> names.put(EnumWords.word(role), name));
        if (!names.isEmpty()) {
            out.put("names", names);
        }

        Map<String, Object> storage = new LinkedHashMap<>();
        databases.storages().forEach((role, kind) -> storage.put(EnumWords.word(role), EnumWords.word(kind)));
        if (!storage.isEmpty()) {
            out.put("storage", storage);
        }
        return out;
    }
}
