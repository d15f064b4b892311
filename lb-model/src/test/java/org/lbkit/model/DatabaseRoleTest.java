package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class DatabaseRoleTest {

    @Test
    void createTablesCode_eachRole_matchesTool() {
        assertThat(DatabaseRole.ACCOUNTS.createTablesCode()).hasValue(0);
        assertThat(DatabaseRole.GROUPWARE.createTablesCode()).hasValue(2);
        assertThat(DatabaseRole.ANTISPAM.createTablesCode()).hasValue(3);
        assertThat(DatabaseRole.DIRECTORY_CACHE.createTablesCode()).hasValue(4);
        assertThat(DatabaseRole.ACTIVESYNC.createTablesCode()).hasValue(6);
        assertThat(DatabaseRole.WEBCLIENT_CACHE.createTablesCode()).isEmpty();
        assertThat(DatabaseRole.SPAM_REPORTS.createTablesCode()).isEmpty();
    }

    @Test
    void apiVariables_everyRole_namesConnectionVariableFirst() {
        assertThat(DatabaseRole.ACCOUNTS.apiVariables()).containsExactly("C_System_Storage_Accounts_ODBCConnString");
        assertThat(DatabaseRole.GROUPWARE.apiVariables()).containsExactly("C_GW_ConnectionString");
        assertThat(DatabaseRole.ANTISPAM.apiVariables()).containsExactly("C_AS_Challenge_ConnectionString");
        assertThat(DatabaseRole.DIRECTORY_CACHE.apiVariables())
                .containsExactly("C_Accounts_Global_Accounts_DirectoryCacheConnectionString");
        assertThat(DatabaseRole.WEBCLIENT_CACHE.apiVariables()).containsExactly("C_Webmail_DBConnection");
        assertThat(DatabaseRole.ACTIVESYNC.apiVariables())
                .containsExactly("C_ActiveSync_DBConnection", "C_ActiveSync_DBUser", "C_ActiveSync_DBPass");
        assertThat(DatabaseRole.SPAM_REPORTS.apiVariables())
                .containsExactly("C_AS_SpamReportsDBConn", "C_AS_SpamReportsDBUser", "C_AS_SpamReportsDBPass");
    }

    @Test
    void connectionForm_eachRole_matchesVariable() {
        for (DatabaseRole role : DatabaseRole.values()) {
            boolean pdo = role == DatabaseRole.ACTIVESYNC || role == DatabaseRole.WEBCLIENT_CACHE
                    || role == DatabaseRole.SPAM_REPORTS;

            assertThat(role.connectionForm()).as(role.name())
                    .isEqualTo(pdo ? ConnectionForm.PDO : ConnectionForm.SIX_FIELD);
        }
    }

    @Test
    void webmailServerXmlElements_onlyWebclientCache() {
        assertThat(DatabaseRole.WEBCLIENT_CACHE.webmailServerXmlElements()).containsExactly("dbconn", "dbuser", "dbpass");
        assertThat(DatabaseRole.ACCOUNTS.webmailServerXmlElements()).isEmpty();
    }
}
