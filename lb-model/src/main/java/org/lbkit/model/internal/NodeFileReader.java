package org.lbkit.model.internal;

import java.util.Optional;

import org.lbkit.model.DatabaseAccess;
import org.lbkit.model.Licence;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;

/** Reads the {@code nodes} items and licences of a cluster file. */
final class NodeFileReader {

    private NodeFileReader() {
    }

    static Optional<Node> node(FileMapping node) {
        int before = node.problems().count();
        Node.Builder builder = Node.builder();

        node.requiredText("id", "the server ID, at most two characters").ifPresent(builder::id);
        node.requiredText("name", "the server name used in protocols").ifPresent(builder::name);
        node.requiredText("address", "the IPv4, IPv6 or DNS address other nodes reach it at")
                .ifPresent(builder::address);
        node.flag("master").ifPresent(builder::master);
        node.choice("platform", EnumWords.choices(Platform.class)).ifPresent(builder::platform);
        node.mapping("licence").flatMap(NodeFileReader::licence).ifPresent(builder::licence);
        node.text("installPath").ifPresent(builder::installPath);
        node.text("tempPath").ifPresent(builder::tempPath);
        node.text("logsPath").ifPresent(builder::logsPath);
        node.choice("databaseAccess", EnumWords.choices(DatabaseAccess.class)).ifPresent(builder::databaseAccess);
        node.text("shareMount").ifPresent(builder::shareMount);

        node.finish();
        return node.build(before, builder::build);
    }

    static Optional<Licence> licence(FileMapping licence) {
        int before = licence.problems().count();
        Licence.Builder builder = Licence.builder();

        licence.list("modules", (path, item) -> licence.text(path, item).ifPresent(builder::addModules));
        licence.require("accounts", "the number of accounts the licence allows")
                .flatMap(value -> licence.integer(licence.pathOf("accounts"), value, 0, Integer.MAX_VALUE))
                .ifPresent(builder::accounts);

        licence.finish();
        return licence.build(before, builder::build);
    }
}
