package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lbkit.model.CodecGenerators.carriableUncPaths;
import static org.lbkit.model.CodecGenerators.nastyText;
import static org.lbkit.model.CodecGenerators.passwords;
import static org.lbkit.model.CodecGenerators.uncLikeText;
import static org.lbkit.model.CodecGenerators.users;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class RemoteConnectionProperties {

    private static final List<String> JOINERS = List.of("|", " | ", "\t|", "|\r\n", "|\n  ", "\n", "\r\n");

    @Test
    void parse_formatted_givesSameConnection() {
        qt().forAll(connections()).checkAssert(connection -> {
            String text = connection.format();

            assertThat(RemoteConnection.parse(text)).isEqualTo(connection);
            assertThat(text).doesNotContain("\r", "\n");
        });
    }

    @Test
    void format_parsedAgain_changesNothing() {
        qt().forAll(connections()).checkAssert(connection -> {
            String once = connection.format();
            String twice = RemoteConnection.parse(once).format();

            assertThat(twice).isEqualTo(once);
        });
    }

    @Test
    void parse_looseLayout_givesSameConnection() {
        Gen<List<Integer>> choices = lists().of(integers().between(0, JOINERS.size() - 1)).ofSize(6);

        qt().forAll(connections(), choices, Generate.booleans()).checkAssert((connection, choice, trailing) -> {
            StringBuilder text = new StringBuilder(trailing ? " " : "");
            List<RemoteConnection.Entry> entries = connection.entries();
            for (int i = 0; i < entries.size(); i++) {
                RemoteConnection.Entry entry = entries.get(i);
                String path = i % 2 == 0 ? entry.path().toString() : entry.path().toDirectoryString();
                text.append(path).append(';').append(entry.user()).append(';').append(entry.password().reveal());
                text.append(i < entries.size() - 1 || trailing ? JOINERS.get(choice.get(i % choice.size())) : "");
            }

            assertThat(RemoteConnection.parse(text.toString())).isEqualTo(connection);
        });
    }

    @Test
    void format_anyCredentials_roundTripsOrNamesField() {
        Gen<String> anyText = nastyText(10);
        Gen<String> longPasswords = nastyText(12).map(text -> "Pw" + text + "9z");

        qt().forAll(carriableUncPaths(), anyText, longPasswords).checkAssert((path, user, password) -> {
            RemoteConnection connection = RemoteConnection.of(List.of(
                    RemoteConnection.Entry.of(path, user, Secret.of(password))));
            try {
                assertThat(RemoteConnection.parse(connection.format())).isEqualTo(connection);
            } catch (InvalidRemoteConnectionException e) {
                assertThat(e.getMessage()).doesNotContain(password);
                assertThat(e.field().orElseThrow()).isIn("user", "password");
                assertThat(e.getMessage()).contains("entry 1");
            }
        });
    }

    @Test
    void parse_arbitraryText_parsesOrThrowsInvalid() {
        Gen<String> entryLike = carriableUncPaths().zip(nastyText(4), nastyText(6),
                (path, user, password) -> path + ";" + user + ";" + password);
        Gen<String> texts = Generate.oneOf(strings().allPossible().ofLengthBetween(0, 40), nastyText(20),
                uncLikeText(), uncLikeText().zip(nastyText(8), (a, b) -> a + ";" + b + "|" + a),
                entryLike.zip(entryLike, (a, b) -> a + "|" + b));

        qt().withExamples(5000).forAll(texts).checkAssert(text -> {
            try {
                RemoteConnection connection = RemoteConnection.parse(text);

                assertThat(RemoteConnection.parse(connection.format())).isEqualTo(connection);
            } catch (InvalidRemoteConnectionException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void toString_anyConnection_showsNoPassword() {
        qt().forAll(carriableUncPaths(), users(), nastyText(10).map(text -> "Pw" + text + "9z"))
                .checkAssert((path, user, password) -> {
                    RemoteConnection connection = RemoteConnection.of(List.of(
                            RemoteConnection.Entry.of(path, user, Secret.of(password))));

                    assertThat(connection.toString()).doesNotContain(password);
                });
    }

    private static Gen<RemoteConnection.Entry> entries() {
        return carriableUncPaths().zip(users(), passwords(),
                (path, user, password) -> RemoteConnection.Entry.of(path, user, Secret.of(password)));
    }

    private static Gen<RemoteConnection> connections() {
        return lists().of(entries()).ofSizeBetween(0, 5).map(RemoteConnection::of);
    }
}
