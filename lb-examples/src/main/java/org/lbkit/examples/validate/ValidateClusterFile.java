package org.lbkit.examples.validate;

import java.io.PrintStream;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.lbkit.model.Cluster;
import org.lbkit.model.ClusterFiles;
import org.lbkit.model.LbException;
import org.lbkit.model.ValidationReport;

/**
 * Example: read a cluster file, check every rule of the guide, print each finding, and print the
 * report as JSON the way an automation platform would consume it.
 *
 * <pre>java … org.lbkit.examples.validate.ValidateClusterFile cluster.yaml</pre>
 */
public final class ValidateClusterFile {

    private ValidateClusterFile() {
    }

    /**
     * Validates the cluster file named by the first argument; exits with 1 when it has errors.
     *
     * @param args the cluster file
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ValidateClusterFile CLUSTER_FILE");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), System.out).isValid() ? 0 : 1);
    }

    /**
     * Validates a cluster file and prints the findings and the JSON report.
     *
     * @param file the YAML or JSON cluster file
     * @param out where to print
     * @return the report
     * @throws LbException when the file cannot be read, naming the key, line and column
     */
    public static ValidationReport run(Path file, PrintStream out) {
        Cluster cluster = ClusterFiles.read(file);
        ValidationReport report = cluster.validate();

        out.println(cluster.name() + ": " + report.errors().size() + " errors, "
                + report.warnings().size() + " warnings");
        report.findings().forEach(finding -> out.println("  " + finding));

        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new LbException("cannot write the report as JSON: " + e.getOriginalMessage(), e);
        }
        return report;
    }
}
