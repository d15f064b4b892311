package org.lbkit.share.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.lbkit.model.Secret;
import org.lbkit.share.FileTree;
import org.lbkit.share.FileTrees;
import org.lbkit.share.Migration;
import org.lbkit.share.MigrationReport;
import org.lbkit.share.SmbDialect;
import org.lbkit.share.SmbTree;
import org.lbkit.share.TreeComparison;
import org.lbkit.share.Verification;

/**
 * Runs a migration from the command line, for the kill tests and the benchmark:
 *
 * <pre>
 * java ... MigrationMain [--parallelism N] [--max-dialect SMB311] [--verify] [--json] SOURCE TARGET
 * </pre>
 *
 * SOURCE and TARGET are local folders or {@code smb://USER@HOST:PORT/SHARE/PATH}; the SMB password
 * comes from the environment variable {@code LBKIT_SMB_PASSWORD}, never from the command line.
 * It prints the report's summary (or JSON) and exits with 0 when the report is complete, 1
 * otherwise.
 */
public final class MigrationMain {

    private static int connections = 4;

    private MigrationMain() {
    }

    /**
     * Runs the migration.
     *
     * @param args the options and trees
     * @throws Exception when the migration fails
     */
    public static void main(String[] args) throws Exception {
        int parallelism = 4;
        boolean verify = false;
        boolean json = false;
        SmbDialect maxDialect = SmbDialect.SMB311;
        List<String> trees = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
                case "--verify" -> verify = true;
                case "--json" -> json = true;
                case "--max-dialect" -> maxDialect = SmbDialect.valueOf(args[++i]);
                default -> trees.add(args[i]);
            }
        }
        if (trees.size() != 2) {
            System.err.println("usage: MigrationMain [--parallelism N] [--max-dialect D] [--verify] [--json]"
                    + " SOURCE TARGET");
            System.exit(2);
        }
        connections = parallelism;
        try (FileTree source = tree(trees.get(0), maxDialect); FileTree target = tree(trees.get(1), maxDialect)) {
            Migration migration = Migration.from(source).to(target).parallelism(parallelism);
            if (verify) {
                TreeComparison comparison = Migration.from(source).to(target)
                        .verification(Verification.CHECKSUM).verify();
                System.out.println(new ObjectMapper().writeValueAsString(comparison));
                System.exit(comparison.isMatch() ? 0 : 1);
            }
            MigrationReport report = migration.run();
            System.out.println(json ? new ObjectMapper().writeValueAsString(report) : report.summary());
            System.exit(report.isComplete() ? 0 : 1);
        }
    }

    private static FileTree tree(String spec, SmbDialect maxDialect) {
        if (!spec.startsWith("smb://")) {
            return FileTrees.local(Path.of(spec));
        }
        URI uri = URI.create(spec);
        String[] parts = uri.getPath().substring(1).split("/", 2);
        return SmbTree.builder()
                .host(uri.getHost())
                .port(uri.getPort() < 0 ? 445 : uri.getPort())
                .share(parts[0])
                .path(parts.length > 1 ? parts[1] : "")
                .user(uri.getUserInfo())
                .password(Secret.fromEnv("LBKIT_SMB_PASSWORD"))
                .dialects(SmbDialect.SMB202, maxDialect)
                .connections(connections)
                .build();
    }
}
