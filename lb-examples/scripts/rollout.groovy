// A short rollout through lbkit's public API, for Groovy 4 or 5. Put lb-examples' classpath on
// Groovy's:
//
//   ./mvnw -q -pl lb-examples -am test-compile dependency:build-classpath \
//          -Dmdep.outputFile=target/cp.txt -DincludeScope=runtime
//   export IW_SHARE_PASSWORD=… IW_DB_PASSWORD=…
//   groovy -cp "lb-examples/target/classes:$(cat lb-examples/target/cp.txt)" lb-examples/scripts/rollout.groovy
//
// and with a database server to provision (the URL names no database):
//   export DB_ROOT_PW=…
//   groovy -cp "lb-examples/target/classes:$(cat lb-examples/target/cp.txt)" \
//          -Dlbkit.jdbcUrl=jdbc:mysql://db.example.com:3306/ -Dlbkit.adminPassword=env:DB_ROOT_PW \
//          lb-examples/scripts/rollout.groovy
//
// Without a groovy command, run Groovy's jar from the Maven repository (the build fetches it for
// the tests; adjust the path if your local repository is elsewhere) the same way:
//   GROOVY_JAR=$HOME/.m2/repository/org/apache/groovy/groovy/5.0.8/groovy-5.0.8.jar
//   java -cp "$GROOVY_JAR:lb-examples/target/classes:$(cat lb-examples/target/cp.txt)" \
//          groovy.ui.GroovyMain lb-examples/scripts/rollout.groovy
//
// An exception ends the script with exit status 1.
//
// Inputs are system properties: lbkit.work (a folder for the share and the output, by default
// target/groovy-rollout), lbkit.sharePassword and lbkit.dbPassword (the cluster's passwords, by
// default env:IW_SHARE_PASSWORD and env:IW_DB_PASSWORD, so set those variables or the properties),
// and for the database part lbkit.jdbcUrl, lbkit.adminUser and lbkit.adminPassword (env:NAME or
// file:PATH). Without lbkit.jdbcUrl the database part is skipped. The share is a local folder under
// lbkit.work. A second run changes nothing.

import java.nio.file.Files
import java.nio.file.Path
import org.lbkit.db.DatabaseProvisioner
import org.lbkit.model.*
import org.lbkit.share.*
import org.lbkit.storage.NodeFiles

Path work = Path.of(System.getProperty('lbkit.work', 'target/groovy-rollout')).toAbsolutePath()

// 1. The guide's cluster, in Groovy.
Cluster cluster = Cluster.builder()
        .name('mail')
        .share(Share.builder()
                .root('\\\\192.168.100.74\\icewarp\\share\\')
                .user('IceWarp')
                .password(Secret.parse(System.getProperty('lbkit.sharePassword', 'env:IW_SHARE_PASSWORD')))
                .build())
        .databases(Databases.builder()
                .server(DatabaseServer.of('192.168.100.80', 3306))
                .user('icewarp')
                .password(Secret.parse(System.getProperty('lbkit.dbPassword', 'env:IW_DB_PASSWORD')))
                .build())
        .addNodes(Node.master('1', 'server1', '192.168.100.83'),
                Node.slave('2', 'server2', '192.168.100.84'),
                Node.slave('3', 'server3', '192.168.100.85'))
        .build()

// 2. Every rule of the guide; stop on errors.
def report = cluster.validate().orThrow()
println "validation: ${report.errors().size()} errors, ${report.warnings().size()} warnings"

// 3. The databases, when a server is given.
String jdbcUrl = System.getProperty('lbkit.jdbcUrl')
if (jdbcUrl) {
    def provisioner = DatabaseProvisioner.builder()
            .jdbcUrl(jdbcUrl)
            .adminUser(System.getProperty('lbkit.adminUser', 'root'))
            .adminPassword(Secret.parse(System.getProperty('lbkit.adminPassword', 'env:DB_ROOT_PW')))
            .build()
    println "databases: ${provisioner.plan(cluster).pendingSteps().size()} steps to apply"
    provisioner.apply(cluster).requireSuccess()
    def access = provisioner.verifyAccess(cluster).requireReady()
    println "databases: ready for ${access.nodes().size()} nodes"
}

// 4. The share layout, then one folder of mail copied onto it.
FileTree share = FileTrees.local(Files.createDirectories(work.resolve('share')))
def layout = ShareLayout.of(share).folders(cluster.share().folders()).create()
println "share: created ${layout.created()}, already there ${layout.existing()}"

Path mailbox = Files.createDirectories(work.resolve('source/mail/example.com/john/inbox'))
if (!Files.exists(mailbox.resolve('100000001.imap'))) {
    Files.writeString(mailbox.resolve('100000001.imap'), 'Subject: hello\r\n\r\nfirst message\r\n')
}
def copied = Migration.from(FileTrees.local(work.resolve('source/mail')))
        .to(share.subtree(cluster.share().folders().mail()))
        .run()
        .throwIfIncomplete()
println "mail: ${copied.summary()}"

// 5. Every node's files.
def written = NodeFiles.render(cluster).writeChangedTo(work.resolve('out'))
println "node files: ${written.written().size()} written, ${written.unchanged().size()} already up to date," +
        " in ${work.resolve('out')}"
