package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lbkit.model.Archive;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseAccess;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseStorage;
import org.lbkit.model.Databases;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.storage.testing.GuideCluster;

final class NodeSettingsTest {

    private static final String SHARE = "\\\\192.168.100.74\\icewarp\\share\\";

    @Test
    void of_windowsMaster_setsEveryGuideVariable() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "1");

        assertThat(value(settings, "C_System_Storage_Dir_MailPath")).isEqualTo(SHARE + "mail\\");
        assertThat(value(settings, "C_System_Storage_Dir_TempPath")).isEqualTo("C:\\IceWarp\\temp\\");
        assertThat(value(settings, "C_System_Storage_Dir_LogPath")).isEqualTo("C:\\IceWarp\\logs\\");
        assertThat(value(settings, "C_System_Tools_AutoArchive_Path")).isEqualTo(SHARE + "archives\\");
        assertThat(value(settings, "C_System_Tools_AutoArchive_Enable")).isEqualTo("0");
        assertThat(value(settings, "C_System_Services_Fulltext_Database_Path")).isEqualTo(SHARE + "_yodaidx\\");
        assertThat(value(settings, "C_System_Storage_LB_ServerID")).isEqualTo("1");
        assertThat(value(settings, "C_System_Storage_LB_AutoCheckConfig")).isEqualTo("1");
        assertThat(value(settings, "C_System_Storage_Accounts_StorageMode")).isEqualTo("2");
        assertThat(value(settings, "C_System_Storage_Accounts_ODBCConnString"))
                .isEqualTo("iw_accounts;icewarp;" + GuideCluster.DATABASE_PASSWORD + ";192.168.100.80:3306;3;2");
        assertThat(value(settings, "C_GW_ConnectionString")).startsWith("iw_groupware;icewarp;");
        assertThat(value(settings, "C_AS_Challenge_ConnectionString")).startsWith("iw_antispam;");
        assertThat(value(settings, "C_Accounts_Global_Accounts_DirectoryCacheConnectionString")).startsWith("iw_dircache;");
        assertThat(value(settings, "C_ActiveSync_DBConnection")).contains("dbname=iw_activesync");
        assertThat(value(settings, "C_ActiveSync_DBUser")).isEqualTo("icewarp");
        assertThat(value(settings, "C_ActiveSync_DBPass")).isEqualTo(GuideCluster.DATABASE_PASSWORD);
        assertThat(value(settings, "C_AS_SpamReportsDBConn")).contains("dbname=iw_asreports");
        assertThat(value(settings, "C_Webmail_DBConnection")).contains("dbname=iw_webclient");
    }

    @Test
    void of_windowsSlave_setsPathDatLines() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "2");

        PathDat dat = settings.newPathDat();

        assertThat(dat.configPath()).isEqualTo(SHARE + "config\\");
        assertThat(dat.spamPath()).isEqualTo(SHARE + "spam\\");
        assertThat(dat.groupwarePath()).isEqualTo(SHARE + "calendar\\");
        assertThat(dat.serverId()).isEqualTo("2");
        assertThat(dat.hostName()).isEqualTo("server2");
        assertThat(dat.isSlave()).isTrue();
        assertThat(dat.masterHost()).isEqualTo("192.168.100.83");
        assertThat(dat.slaveHosts()).containsExactly("192.168.100.84", "192.168.100.85");
        assertThat(dat.ipBinding()).isEmpty();
        assertThat(dat.remoteConnection()).isEqualTo(SHARE + "config\\;IceWarp;icewarppwd|" + SHARE
                + "spam\\;IceWarp;icewarppwd|" + SHARE + "calendar\\;IceWarp;icewarppwd|" + SHARE
                + "mail\\;IceWarp;icewarppwd|" + SHARE + "archives\\;IceWarp;icewarppwd");
        assertThat(dat.lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(dat.lineCount()).isEqualTo(17);
    }

    @Test
    void applyTo_guideSlaveSample_reproducesItExceptLine17() {
        PathDat sample = PathDat.read(PathDatTest.sample("windows-slave-crlf.dat"));

        PathDat applied = NodeSettings.of(GuideCluster.windows(), "2").applyTo(sample);

        assertThat(applied.format()).isEqualTo(sample.format() + "\r\n");
    }

    @Test
    void of_master_hasSlaveFlagZeroAndTablesInIceWarpOrder() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "1");

        assertThat(settings.pathDatChange(PathDatLine.SLAVE_FLAG)).map(PathDatChange::value).contains("0");
        assertThat(settings.tableCreations()).extracting(TableCreation::code).containsExactly(0, 3, 4, 2, 6);
        assertThat(settings.tableCreations()).extracting(TableCreation::phase).containsExactly(
                TableCreation.Phase.BEFORE_SERVICES, TableCreation.Phase.BEFORE_SERVICES,
                TableCreation.Phase.BEFORE_SERVICES, TableCreation.Phase.AFTER_SERVICES,
                TableCreation.Phase.AFTER_SERVICES);
        assertThat(settings.tableCreations().get(0).redactedConnection())
                .isEqualTo("iw_accounts;icewarp;****;192.168.100.80:3306;3;2");
        assertThat(NodeSettings.of(GuideCluster.windows(), "3").tableCreations()).isEmpty();
    }

    @Test
    void of_linuxNode_usesMountFormAndNoRemoteConnection() {
        NodeSettings settings = NodeSettings.of(GuideCluster.linux(), "2");

        assertThat(settings.mailPath()).isEqualTo("/mnt/icewarp/mail/");
        assertThat(settings.configPath()).isEqualTo("/mnt/icewarp/config/");
        assertThat(settings.installPath()).isEqualTo("/opt/icewarp/");
        assertThat(value(settings, "C_System_Services_Fulltext_Database_Path")).isEqualTo("/mnt/icewarp/_yodaidx/");
        assertThat(settings.pathDatChange(PathDatLine.REMOTE_CONNECTION)).map(PathDatChange::value).contains("");
        assertThat(settings.newPathDat().lineEnding()).isEqualTo(LineEnding.LF);
    }

    @Test
    void of_linuxNodeWithoutMount_throwsNamingNode() {
        Cluster cluster = Cluster.builder().from(GuideCluster.windows())
                .nodes(List.of(Node.master("1", "server1", "10.0.0.1"),
                        Node.builder().id("2").name("server2").address("10.0.0.2").platform(Platform.LINUX).build()))
                .build();

        assertThatThrownBy(() -> NodeSettings.of(cluster, "2"))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("share-mount-missing");
    }

    @Test
    void of_valueThatBreaksPathDat_throwsNamingIt() {
        Cluster badName = GuideCluster.windowsBuilder()
                .nodes(List.of(Node.master("1", "server1\nx", "10.0.0.1"), Node.slave("2", "server2", "10.0.0.2")))
                .build();
        Cluster badAddress = GuideCluster.windowsBuilder()
                .nodes(List.of(Node.master("1", "server1", "10.0.0.1"), Node.slave("2", "server2", "10.0.0.2;x")))
                .build();

        // The model's validator accepts a line break in a server name; the settings reject it.
        assertThatThrownBy(() -> NodeSettings.of(badName, "1"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("line 11");
        assertThatThrownBy(() -> NodeSettings.of(badAddress, "1"))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("node-address-invalid");
    }

    @Test
    void of_unknownNode_throwsListingIds() {
        assertThatThrownBy(() -> NodeSettings.of(GuideCluster.windows(), "9"))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("1, 2, 3");
    }

    @Test
    void of_explicitArchiveElsewhere_throws() {
        Cluster cluster = Cluster.builder().from(GuideCluster.windows())
                .archive(Archive.builder().path("\\\\192.168.100.74\\icewarp\\share\\archive\\").build())
                .build();

        assertThatThrownBy(() -> NodeSettings.of(cluster, "1")).isInstanceOf(LbValidationException.class);
    }

    @Test
    void of_explicitArchiveSameFolder_isAccepted() {
        Cluster cluster = Cluster.builder().from(GuideCluster.windows())
                .archive(Archive.builder().enabled(true).path("//192.168.100.74/icewarp/share/archives").build())
                .build();

        NodeSettings settings = NodeSettings.of(cluster, "1");

        assertThat(settings.archivePath()).isEqualTo(SHARE + "archives\\");
        assertThat(value(settings, "C_System_Tools_AutoArchive_Enable")).isEqualTo("1");
        assertThat(settings.notes()).anyMatch(note -> note.contains("IMAP archive folder"));
    }

    @Test
    void of_sqliteWebclientAndReports_leavesConnectionsEmpty() {
        Cluster cluster = Cluster.builder().from(GuideCluster.windows())
                .databases(Databases.builder().from(GuideCluster.windows().databases())
                        .storages(Map.of(DatabaseRole.WEBCLIENT_CACHE, DatabaseStorage.SQLITE,
                                DatabaseRole.SPAM_REPORTS, DatabaseStorage.SQLITE))
                        .build())
                .build();

        NodeSettings settings = NodeSettings.of(cluster, "2");

        assertThat(value(settings, "C_Webmail_DBConnection")).isEmpty();
        assertThat(value(settings, "C_AS_SpamReportsDBConn")).isEmpty();
        assertThat(value(settings, "C_AS_SpamReportsDBPass")).isEmpty();
        assertThat(settings.notes()).noneMatch(note -> note.contains("server.xml"));
    }

    @Test
    void of_odbcNode_listsDataSourcesAndNote() {
        Cluster cluster = Cluster.builder().from(GuideCluster.windows())
                .nodes(List.of(Node.master("1", "server1", "10.0.0.1"), Node.builder().id("2").name("server2")
                        .address("10.0.0.2").databaseAccess(DatabaseAccess.ODBC).build()))
                .build();

        NodeSettings settings = NodeSettings.of(cluster, "2");

        assertThat(settings.odbcDsns()).extracting(OdbcDsn::name).contains("iw_accounts", "iw_groupware");
        assertThat(settings.odbcDsns()).hasSize(7);
        assertThat(settings.notes()).anyMatch(note -> note.contains("ODBC"));
        assertThat(NodeSettings.of(cluster, "1").odbcDsns()).isEmpty();
    }

    @Test
    void json_plainObjectMapper_masksSecrets() throws Exception {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "1");

        String json = new ObjectMapper().writeValueAsString(settings);

        assertThat(json).doesNotContain(GuideCluster.SHARE_PASSWORD).doesNotContain("db-pw");
        assertThat(json).contains("\"name\":\"C_System_Storage_Dir_MailPath\"")
                .contains("iw_accounts;icewarp;****;192.168.100.80:3306;3;2")
                .contains("\"nodeName\":\"server1\"")
                .contains("\"line\":\"REMOTE_CONNECTION\"");
    }

    @Test
    void toString_hidesSecrets() {
        NodeSettings settings = NodeSettings.of(GuideCluster.windows(), "1");

        assertThat(settings.toString()).doesNotContain(GuideCluster.SHARE_PASSWORD).doesNotContain("db-pw");
    }

    private static String value(NodeSettings settings, String name) {
        return settings.variable(name).orElseThrow(() -> new AssertionError("missing " + name)).value();
    }
}
