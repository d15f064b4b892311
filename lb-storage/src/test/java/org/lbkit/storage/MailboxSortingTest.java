package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lbkit.model.Platform;

final class MailboxSortingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4 | 2 | john      | jo\\hn\\john",
        "4 | 2 | george    | ge\\or\\george",
        "4 | 2 | alexander | al\\ex\\alexander",
        "6 | 3 | alexander | ale\\xan\\alexander",
        "6 | 2 | mike      | mi\\ke\\mike",
        "6 | 2 | mike1     | mi\\ke\\1\\mike1",
        "2 | 5 | john      | jo\\john",
        "4 | 2 | a         | a\\a"})
    void relativePath_documentedExamples_matchIceWarp(int prefix, int group, String alias, String expected) {
        MailboxSorting sorting = MailboxSorting.of(prefix, group);

        assertThat(sorting.relativePath(alias, Platform.WINDOWS)).isEqualTo(expected);
        assertThat(sorting.relativePath(alias, Platform.LINUX)).isEqualTo(expected.replace('\\', '/'));
    }

    @Test
    void relativePath_disabled_isTheAlias() {
        assertThat(MailboxSorting.disabled().relativePath("john", Platform.WINDOWS)).isEqualTo("john");
        assertThat(MailboxSorting.disabled().isEnabled()).isFalse();
    }

    @Test
    void segments_supplementaryCharacters_countAsOne() {
        assertThat(MailboxSorting.of(2, 1).segments("😀é")).containsExactly("😀", "é", "😀é");
    }

    @Test
    void relocate_betweenSortings_mapsTheSameMailbox() {
        MailboxSorting source = MailboxSorting.of(4, 2);
        MailboxSorting target = MailboxSorting.of(6, 2);

        assertThat(source.relocate("mi\\ke\\mike1\\", target, Platform.LINUX)).isEqualTo("mi/ke/1/mike1");
        assertThat(target.relocate("mi/ke/1/mike1", MailboxSorting.disabled(), Platform.WINDOWS))
                .isEqualTo("mike1");
    }

    @Test
    void aliasOf_pathNotFollowingSorting_throwsWithExpectedPath() {
        assertThatThrownBy(() -> MailboxSorting.of(4, 2).aliasOf("jo/john"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("jo/hn/john");
    }

    @Test
    void segments_dotFolder_throws() {
        assertThatThrownBy(() -> MailboxSorting.of(4, 1).segments("a.b"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("'.'");
        assertThatThrownBy(() -> MailboxSorting.of(4, 2).segments("..x"))
                .isInstanceOf(LbStorageException.class);
    }

    @Test
    void segments_badAlias_throws() {
        assertThatThrownBy(() -> MailboxSorting.of(4, 2).segments("")).isInstanceOf(LbStorageException.class);
        assertThatThrownBy(() -> MailboxSorting.of(4, 2).segments("a/b")).isInstanceOf(LbStorageException.class);
        assertThatThrownBy(() -> MailboxSorting.of(4, 2).segments("a\\b")).isInstanceOf(LbStorageException.class);
    }

    @Test
    void of_zeroLength_throws() {
        assertThatThrownBy(() -> MailboxSorting.of(0, 2))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("disabled()");
    }

    @Test
    void fromVariables_toolOutput_readsCaseInsensitively() {
        ToolGetOutput output = ToolGetOutput.parse("c_system_storage_mailbox_usesorting: 1\n"
                + "C_SYSTEM_STORAGE_MAILBOX_PREFIXLEN: 6\nC_System_Storage_Mailbox_GroupedPrefix: 3\n");

        assertThat(MailboxSorting.fromVariables(output.values())).isEqualTo(MailboxSorting.of(6, 3));
        assertThat(MailboxSorting.fromVariables(Map.of(MailboxSorting.USE_SORTING_VARIABLE, "0")))
                .isEqualTo(MailboxSorting.disabled());
    }

    @Test
    void fromVariables_missingOrBadNumber_throws() {
        assertThatThrownBy(() -> MailboxSorting.fromVariables(Map.of()))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining(MailboxSorting.USE_SORTING_VARIABLE);
        assertThatThrownBy(() -> MailboxSorting.fromVariables(Map.of(MailboxSorting.USE_SORTING_VARIABLE, "1",
                MailboxSorting.PREFIX_LENGTH_VARIABLE, "x", MailboxSorting.GROUP_LENGTH_VARIABLE, "2")))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("'x'");
    }
}
