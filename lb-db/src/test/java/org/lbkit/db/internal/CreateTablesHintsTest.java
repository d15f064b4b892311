package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.Databases;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;

final class CreateTablesHintsTest {

    private static Cluster.Builder cluster(String user) {
        return Cluster.builder().name("mail")
                .share(Share.builder().root("\\\\fs\\icewarp\\").user("IceWarp").password(Secret.of("x")).build())
                .databases(Databases.builder().server(DatabaseServer.of("fd00::80", 3306)).user(user)
                        .password(Secret.of("real-pw")).build())
                .addNodes(Node.builder().id("1").name("lin1").address("fd00::83").master(true)
                        .platform(Platform.LINUX).build());
    }

    @Test
    void hint_linuxMasterIpv6Server_usesToolSh() {
        String hint = CreateTablesHints.hint(cluster("icewarp").build(), DatabaseRole.GROUPWARE, "iw_groupware");

        assertThat(hint).isEqualTo("run on the master lin1: /opt/icewarp/tool.sh create tables 2"
                + " \"iw_groupware;icewarp;****;[fd00::80]:3306;3;2\" (replace **** with the cluster's database"
                + " password)");
    }

    @Test
    void hint_noMaster_namesTheMasterNodeGenerically() {
        Cluster noMaster = cluster("icewarp").nodes(List.of(Node.slave("2", "win2", "192.168.100.84"))).build();

        assertThat(CreateTablesHints.hint(noMaster, DatabaseRole.DIRECTORY_CACHE, "iw_dircache"))
                .startsWith("run on the master node: tool create tables 4 ");
    }

    @Test
    void hint_userWithSemicolon_explainsLimit() {
        assertThat(CreateTablesHints.hint(cluster("ice;warp").build(), DatabaseRole.ACCOUNTS, "iw_accounts"))
                .startsWith("IceWarp's connection string cannot carry this database's settings: the user contains ';'");
    }
}
