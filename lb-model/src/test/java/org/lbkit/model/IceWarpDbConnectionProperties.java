package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lbkit.model.CodecGenerators.dnsNames;
import static org.lbkit.model.CodecGenerators.ipv4;
import static org.lbkit.model.CodecGenerators.ipv6;
import static org.lbkit.model.CodecGenerators.nastyText;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class IceWarpDbConnectionProperties {

    // Every value a six-field string can carry: anything but ';' and line breaks.
    private static final List<String> VALUE_CHARACTERS = List.of("a", "Z", "0", "_", "-", "'", "\"", "\\", "%", "@",
            "#", " ", "|", ":", "=", "$", "é", "\uD83D\uDCE7", "\t", "\u0007");

    @Test
    void parse_formattedMysql_givesSameConnection() {
        qt().forAll(mysqlConnections()).checkAssert(connection -> {
            assertThat(IceWarpDbConnection.parse(connection.format())).isEqualTo(connection);
            assertThat(IceWarpDbConnection.parse(connection.format()).format()).isEqualTo(connection.format());
        });
    }

    @Test
    void parse_formattedSqlite_givesSameConnection() {
        qt().forAll(values(1, 30)).checkAssert(file -> {
            IceWarpDbConnection connection = IceWarpDbConnection.sqlite(file);

            assertThat(IceWarpDbConnection.parse(connection.format())).isEqualTo(connection);
            assertThat(connection.format()).endsWith(";;;;7;3");
        });
    }

    @Test
    void format_anyValues_roundTripsOrNamesField() {
        Gen<String> passwords = nastyText(10).map(text -> "Pw" + text + "9z");

        Gen<String> databases = nastyText(6).map(text -> "d" + text);

        qt().forAll(databases, nastyText(6), passwords).checkAssert((database, user, password) -> {
            IceWarpDbConnection connection = IceWarpDbConnection.mysql(database, user, Secret.of(password), "db", 3306);
            try {
                assertThat(IceWarpDbConnection.parse(connection.format())).isEqualTo(connection);
            } catch (InvalidConnectionStringException e) {
                assertThat(e.getMessage()).doesNotContain(password);
                assertThat(e.field().orElseThrow()).isIn("database", "user", "password");
            }
        });
    }

    @Test
    void parse_arbitraryText_parsesOrThrowsInvalid() {
        Gen<String> sixFields = nastyText(3).zip(nastyText(3), nastyText(3), nastyText(3),
                (a, b, c, d) -> a + ";" + b + ";" + c + ";" + d + ";3;2");
        Gen<String> texts = Generate.oneOf(strings().allPossible().ofLengthBetween(0, 40), nastyText(20), sixFields);

        qt().withExamples(5000).forAll(texts).checkAssert(text -> {
            try {
                IceWarpDbConnection connection = IceWarpDbConnection.parse(text);

                assertThat(IceWarpDbConnection.parse(connection.format())).isEqualTo(connection);
            } catch (InvalidConnectionStringException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void parseDsn_formatted_givesSameConnection() {
        Gen<PdoConnection> connections = hosts().zip(integers().between(1, 65_535), values(1, 20), values(0, 20),
                (host, port, database, user) -> PdoConnection.mysql(host, port, database, user, Secret.of(user + ";|")));

        qt().forAll(connections).checkAssert(connection -> {
            PdoConnection parsed = PdoConnection.parseDsn(connection.dsn(), connection.user(), connection.password());

            assertThat(parsed).isEqualTo(connection);
            assertThat(parsed.dsn()).isEqualTo(connection.dsn());
        });
    }

    @Test
    void parseDsn_arbitraryText_parsesOrThrowsInvalid() {
        Gen<String> dsns = Generate.oneOf(strings().allPossible().ofLengthBetween(0, 40),
                nastyText(12).map(text -> "mysql:" + text),
                nastyText(4).zip(nastyText(4), (a, b) -> "mysql:host=" + a + ";dbname=" + b + ";port=" + a));

        qt().withExamples(5000).forAll(dsns).checkAssert(dsn -> {
            try {
                PdoConnection connection = PdoConnection.parseDsn(dsn, "u", Secret.of("p"));

                assertThat(PdoConnection.parseDsn(connection.dsn(), "u", Secret.of("p"))).isEqualTo(connection);
            } catch (InvalidConnectionStringException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }

    private static Gen<IceWarpDbConnection> mysqlConnections() {
        return values(1, 20).zip(values(0, 20), values(0, 30), hosts(),
                (database, user, password, host) -> IceWarpDbConnection.mysql(database, user, Secret.of(password),
                        host, 3306 + database.length()));
    }

    private static Gen<String> hosts() {
        return Generate.oneOf(ipv4(), dnsNames(), ipv6(), ipv6().map(address -> "[" + address + "]"));
    }

    private static Gen<String> values(int min, int max) {
        return lists().of(Generate.pick(VALUE_CHARACTERS))
                .ofSizeBetween(min, max).map(parts -> String.join("", parts));
    }
}
