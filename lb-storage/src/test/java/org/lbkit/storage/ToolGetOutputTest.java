package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ToolGetOutputTest {

    @Test
    void parse_typicalOutput_readsEveryVariable() {
        ToolGetOutput output = ToolGetOutput.parse("C_System_Storage_Dir_MailPath: \\\\fs\\icewarp\\share\\mail\\\r\n"
                + "c_system_storage_lb_serverid: 2\r\n"
                + "C_System_Storage_Dir_TempPath: \r\n");

        assertThat(output.value("C_System_Storage_Dir_MailPath")).contains("\\\\fs\\icewarp\\share\\mail\\");
        assertThat(output.value("C_SYSTEM_STORAGE_LB_SERVERID")).contains("2");
        assertThat(output.value("C_System_Storage_Dir_TempPath")).contains("");
        assertThat(output.value("C_System_Storage_Dir_LogPath")).isEmpty();
        assertThat(output.values()).hasSize(3);
    }

    @Test
    void parse_valueWithColonsAndSpaces_keepsEverythingAfterFirstSeparator() {
        ToolGetOutput output = ToolGetOutput.parse("C_GW_ConnectionString: gw;u;p:w d;db:3306;3;2\n");

        assertThat(output.value("c_gw_connectionstring")).contains("gw;u;p:w d;db:3306;3;2");
    }

    @Test
    void parse_noSpaceAfterColonAndBlankLines_areAccepted() {
        ToolGetOutput output = ToolGetOutput.parse("\nA:1\n\n  \nB : two \n");

        assertThat(output.value("a")).contains("1");
        assertThat(output.value("b")).contains("two ");
    }

    @Test
    void parse_lineWithoutColon_throwsWithLineNumberNotContent() {
        assertThatThrownBy(() -> ToolGetOutput.parse("A: 1\nsecretpassword\n"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("line 2")
                .hasMessageNotContaining("secretpassword");
    }

    @Test
    void parse_conflictingDuplicate_throws() {
        assertThatThrownBy(() -> ToolGetOutput.parse("A: 1\na: 2\n"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("twice");
        assertThat(ToolGetOutput.parse("A: 1\na: 1\n").values()).hasSize(1);
    }

    @Test
    void toString_neverShowsValues() {
        assertThat(ToolGetOutput.parse("C_X_Pass: hunter2\n").toString()).doesNotContain("hunter2");
    }
}
