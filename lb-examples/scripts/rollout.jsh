// A short rollout through lbkit's public API, for JShell. Put lb-examples' classpath on JShell's:
//
//   ./mvnw -q -pl lb-examples -am test-compile dependency:build-classpath \
//          -Dmdep.outputFile=target/cp.txt -DincludeScope=runtime
//   export IW_SHARE_PASSWORD=… IW_DB_PASSWORD=…
//   jshell --class-path "lb-examples/target/classes:$(cat lb-examples/target/cp.txt)" \
//          lb-examples/scripts/rollout.jsh
//
// and with a database server to provision (the URL names no database):
//   export DB_ROOT_PW=…
//   jshell --class-path "lb-examples/target/classes:$(cat lb-examples/target/cp.txt)" \
//          -R-Dlbkit.jdbcUrl=jdbc:mysql://db.example.com:3306/ -R-Dlbkit.adminPassword=env:DB_ROOT_PW \
//          lb-examples/scripts/rollout.jsh
//
// The exit status is 0 when every step worked, 1 when one failed.
//
// Inputs are system properties: lbkit.work (a folder for the share and the output, by default
// target/jshell-rollout), lbkit.sharePassword and lbkit.dbPassword (the cluster's passwords, by
// default env:IW_SHARE_PASSWORD and env:IW_DB_PASSWORD, so set those variables or the properties),
// and for the database part lbkit.jdbcUrl, lbkit.adminUser and lbkit.adminPassword (env:NAME or
// file:PATH). Without lbkit.jdbcUrl the database part is skipped. The share is a local folder under
// lbkit.work. A second run changes nothing. The steps sit in one
// method because JShell evaluates each complete line on its own, which would cut the builder chain.

import java.nio.file.Files;
import java.nio.file.Path;
import org.lbkit.db.AccessReport;
import org.lbkit.db.DatabaseProvisioner;
import org.lbkit.model.*;
import org.lbkit.share.*;
import org.lbkit.storage.FileWriteReport;
import org.lbkit.storage.NodeFiles;

// Runs the rollout with its share and output under a work folder.
void rollout(Path work) throws Exception {
    // 1. The guide's cluster, in Java.
    Cluster cluster = Cluster.builder()
            .name("mail")
            .share(Share.builder()
                    .root("\\\\192.168.100.74\\icewarp\\share\\")
                    .user("IceWarp")
                    .password(Secret.parse(System.getProperty("lbkit.sharePassword", "env:IW_SHARE_PASSWORD")))
                    .build())
            .databases(Databases.builder()
                    .server(DatabaseServer.of("192.168.100.80", 3306))
                    .user("icewarp")
                    .password(Secret.parse(System.getProperty("lbkit.dbPassword", "env:IW_DB_PASSWORD")))
                    .build())
            .addNodes(Node.master("1", "server1", "192.168.100.83"),
                    Node.slave("2", "server2", "192.168.100.84"),
                    Node.slave("3", "server3", "192.168.100.85"))
            .build();

    // 2. Every rule of the guide; stop on errors.
    ValidationReport report = cluster.validate().orThrow();
    System.out.println("validation: " + report.errors().size() + " errors, " + report.warnings().size() + " warnings");

    // 3. The databases, when a server is given.
    String jdbcUrl = System.getProperty("lbkit.jdbcUrl");
    if (jdbcUrl != null) {
        DatabaseProvisioner provisioner = DatabaseProvisioner.builder()
                .jdbcUrl(jdbcUrl)
                .adminUser(System.getProperty("lbkit.adminUser", "root"))
                .adminPassword(Secret.parse(System.getProperty("lbkit.adminPassword", "env:DB_ROOT_PW")))
                .build();
        System.out.println("databases: " + provisioner.plan(cluster).pendingSteps().size() + " steps to apply");
        provisioner.apply(cluster).requireSuccess();
        AccessReport access = provisioner.verifyAccess(cluster).requireReady();
        System.out.println("databases: ready for " + access.nodes().size() + " nodes");
    }

    // 4. The share layout, then one folder of mail copied onto it.
    FileTree share = FileTrees.local(Files.createDirectories(work.resolve("share")));
    LayoutReport layout = ShareLayout.of(share).folders(cluster.share().folders()).create();
    System.out.println("share: created " + layout.created() + ", already there " + layout.existing());

    Path mailbox = Files.createDirectories(work.resolve("source/mail/example.com/john/inbox"));
    if (!Files.exists(mailbox.resolve("100000001.imap"))) {
        Files.writeString(mailbox.resolve("100000001.imap"), "Subject: hello\r\n\r\nfirst message\r\n");
    }
    MigrationReport copied = Migration.from(FileTrees.local(work.resolve("source/mail")))
            .to(share.subtree(cluster.share().folders().mail()))
            .run()
            .throwIfIncomplete();
    System.out.println("mail: " + copied.summary());

    // 5. Every node's files.
    NodeFiles files = NodeFiles.render(cluster);
    FileWriteReport written = files.writeChangedTo(work.resolve("out"));
    System.out.println("node files: " + written.written().size() + " written, " + written.unchanged().size()
            + " already up to date, in " + work.resolve("out"));
}

int status = 0;
try {
    rollout(Path.of(System.getProperty("lbkit.work", "target/jshell-rollout")).toAbsolutePath());
} catch (Exception e) {
    e.printStackTrace();
    status = 1;
}
/exit status
