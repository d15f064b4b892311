package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

final class ValidationReportTest {

    @Test
    void serialise_plainObjectMapper_writesCountsAndFindings() throws Exception {
        ValidationReport report = ValidationReport.of(List.of(
                Finding.of("single-master", Severity.ERROR, "nodes", "no node is master", "set master: true"),
                Finding.of("spof-share", Severity.INFO, "share.root", "one share", "use DFS")));

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));

        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("warnings").asInt()).isZero();
        assertThat(json.get("findings")).hasSize(2);
        JsonNode first = json.get("findings").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("single-master");
        assertThat(first.get("severity").asText()).isEqualTo("ERROR");
        assertThat(first.get("path").asText()).isEqualTo("nodes");
        assertThat(first.get("message").asText()).isEqualTo("no node is master");
        assertThat(first.get("fix").asText()).isEqualTo("set master: true");
        assertThat(first.size()).isEqualTo(5);
    }

    @Test
    void serialise_guideClusterReport_hasOnlyReportFields() throws Exception {
        String json = new ObjectMapper().writeValueAsString(TestClusters.guide().validate());

        assertThat(new ObjectMapper().readTree(json).fieldNames())
                .toIterable().containsExactly("valid", "errors", "warnings", "findings");
        assertThat(json).doesNotContain("icewarppwd");
    }
}
