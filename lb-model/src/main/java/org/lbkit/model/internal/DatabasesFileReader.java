package org.lbkit.model.internal;

import java.util.Map;
import java.util.Optional;

import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.DatabaseStorage;
import org.lbkit.model.Databases;

/** Reads the {@code databases} mapping of a cluster file. */
final class DatabasesFileReader {

    private static final int MAX_PORT = 65535;

    private DatabasesFileReader() {
    }

    static Optional<Databases> databases(FileMapping databases) {
        int before = databases.problems().count();
        Databases.Builder builder = Databases.builder();

        databases.requiredMapping("server", "host and port of the MySQL or MariaDB server")
                .flatMap(DatabasesFileReader::server)
                .ifPresent(builder::server);
        databases.mapping("backup").flatMap(DatabasesFileReader::server).ifPresent(builder::backup);
        databases.requiredText("user", "the database user of the cluster").ifPresent(builder::user);
        databases.requiredSecret("password", "the database user's password").ifPresent(builder::password);
        databases.mapping("names").ifPresent(names -> names(names, builder));
        databases.mapping("storage").ifPresent(storage -> storages(storage, builder));

        databases.finish();
        return databases.build(before, builder::build);
    }

    private static Optional<DatabaseServer> server(FileMapping server) {
        int before = server.problems().count();
        DatabaseServer.Builder builder = DatabaseServer.builder();

        server.requiredText("host", "IPv4, IPv6 or DNS name every node reaches").ifPresent(builder::host);
        server.integer("port", 1, MAX_PORT).ifPresent(builder::port);

        server.finish();
        return server.build(before, builder::build);
    }

    private static void names(FileMapping names, Databases.Builder builder) {
        names.entries(entry -> role(names, entry).ifPresent(role ->
                names.text(names.pathOf(entry.key()), entry.value())
                        .ifPresent(name -> builder.putNames(role, name))));
    }

    private static void storages(FileMapping storages, Databases.Builder builder) {
        Map<String, DatabaseStorage> choices = EnumWords.choices(DatabaseStorage.class);
        storages.entries(entry -> role(storages, entry).ifPresent(role ->
                storages.choice(storages.pathOf(entry.key()), entry.value(), choices)
                        .ifPresent(storage -> builder.putStorages(role, storage))));
    }

    private static Optional<DatabaseRole> role(FileMapping mapping, FileNode.Entry entry) {
        Optional<DatabaseRole> role = Optional.ofNullable(EnumWords.choices(DatabaseRole.class)
                .get(Words.normalise(entry.key())));
        if (role.isEmpty()) {
            mapping.problems().add(mapping.pathOf(entry.key()), entry.line(), entry.column(),
                    "unknown database role '" + entry.key() + "'; use one of "
                            + String.join(", ", EnumWords.choices(DatabaseRole.class).keySet()));
        }
        return role;
    }
}
