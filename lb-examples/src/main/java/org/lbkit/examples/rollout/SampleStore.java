package org.lbkit.examples.rollout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import org.lbkit.model.LbException;

/**
 * Generates a realistic IceWarp data folder for demos and tests: what a single server holds before
 * it joins a cluster. The layout follows a running server's:
 *
 * <pre>
 * mail/&lt;domain&gt;/&lt;user&gt;/inbox/*.imap, sent/*.imap, imapindex.dat, flags.dat, ~webmail/settings.xml
 * archives/&lt;domain&gt;/&lt;user&gt;/&lt;yyyy-mm&gt;/*.imap
 * config/settings.cfg, webserver.dat, _webmail/server.xml, &lt;domain&gt;/
 * spam/spam.dat, reports/bypass.dat, rules/local.cf
 * calendar/groupware.dat, &lt;domain&gt;/&lt;user&gt;/*.dat
 * </pre>
 *
 * <p>Generation is deterministic: the same size gives the same names, contents and modification
 * times, so a second generation into another folder produces an identical tree. A marker file
 * records the size; an existing store of the same size is reused as it is.
 */
public final class SampleStore {

    /** Folders a server's data folder holds, in the order the guide migrates them. */
    public static final List<String> FOLDERS = List.of("mail", "archives", "config", "spam", "calendar");

    private static final String MARKER = ".lbkit-sample-store";
    private static final List<String> DOMAINS = List.of("example.com", "example.org");
    private static final Instant EPOCH = Instant.parse("2026-11-30T08:00:00Z");

    private final int usersPerDomain;
    private final int messagesPerUser;

    private SampleStore(int usersPerDomain, int messagesPerUser) {
        this.usersPerDomain = usersPerDomain;
        this.messagesPerUser = messagesPerUser;
    }

    /**
     * Returns a generator of the given size.
     *
     * @param usersPerDomain mailboxes per domain (two domains), 1 or more
     * @param messagesPerUser messages per mailbox, 1 or more
     * @return the generator
     */
    public static SampleStore ofSize(int usersPerDomain, int messagesPerUser) {
        if (usersPerDomain < 1 || messagesPerUser < 1) {
            throw new IllegalArgumentException("sample store size must be at least 1 user and 1 message"
                    + " but was " + usersPerDomain + " users, " + messagesPerUser + " messages");
        }
        return new SampleStore(usersPerDomain, messagesPerUser);
    }

    /**
     * Returns the number of files {@link #generate(Path)} writes.
     *
     * @return the file count
     */
    public long fileCount() {
        long mailboxes = (long) DOMAINS.size() * usersPerDomain;
        long perMailbox = messagesPerUser + 3L + archivedPerUser();
        // config: 3 files plus one per domain; spam: 3 files; calendar: 1 file.
        return mailboxes * perMailbox + 3 + DOMAINS.size() + 3 + 1;
    }

    /**
     * Writes the store into a folder, or reuses it when a store of the same size is already there.
     *
     * @param root the server's data folder; created when missing
     * @return {@code true} when files were written, {@code false} when an existing store was reused
     * @throws LbException if the folder holds something else, or cannot be written
     */
    public boolean generate(Path root) {
        try {
            Path marker = root.resolve(MARKER);
            if (Files.exists(marker)) {
                return reuse(marker);
            }
            if (Files.isDirectory(root) && hasEntries(root)) {
                throw new LbException("cannot generate a sample store in " + root
                        + ": the folder is not empty; choose an empty or missing folder");
            }
            writeStore(root);
            Files.writeString(marker, sizeLine(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new LbException("cannot write the sample store in " + root + ": " + e.getMessage(), e);
        }
    }

    private boolean reuse(Path marker) throws IOException {
        String existing = Files.readString(marker, StandardCharsets.UTF_8);
        if (!existing.equals(sizeLine())) {
            throw new LbException("the sample store in " + marker.getParent() + " was generated with "
                    + existing.strip() + ", not " + sizeLine().strip()
                    + "; delete the folder or use the same size");
        }
        return false;
    }

    private String sizeLine() {
        return "users-per-domain=" + usersPerDomain + " messages-per-user=" + messagesPerUser + "\n";
    }

    private static boolean hasEntries(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    private void writeStore(Path root) throws IOException {
        Random random = new Random(usersPerDomain * 31L + messagesPerUser);
        for (String domain : DOMAINS) {
            for (int u = 1; u <= usersPerDomain; u++) {
                String user = "user" + u;
                writeMailbox(root.resolve("mail").resolve(domain).resolve(user), domain, user, random);
                writeArchive(root.resolve("archives").resolve(domain).resolve(user), domain, user, random);
            }
        }
        writeConfig(root.resolve("config"));
        writeSpam(root.resolve("spam"));
        writeCalendar(root.resolve("calendar"));
    }

    private void writeMailbox(Path mailbox, String domain, String user, Random random) throws IOException {
        for (int m = 1; m <= messagesPerUser; m++) {
            String folder = m % 5 == 0 ? "sent" : "inbox";
            // IceWarp prefixes message files with the server ID; the source server is node "1".
            Path message = mailbox.resolve(folder).resolve(String.format("1%08d.imap", m));
            write(message, message(domain, user, m, random), m);
        }
        write(mailbox.resolve("imapindex.dat"), bytes("index of " + user + "@" + domain + "\n"), 0);
        write(mailbox.resolve("flags.dat"), bytes("flags\n"), 0);
        write(mailbox.resolve("~webmail").resolve("settings.xml"),
                bytes("<settings><language>en</language></settings>\n"), 0);
    }

    private void writeArchive(Path archive, String domain, String user, Random random) throws IOException {
        YearMonth month = YearMonth.of(2026, 1);
        for (int a = 1; a <= archivedPerUser(); a++) {
            Path message = archive.resolve(month.plusMonths(a % 6).toString())
                    .resolve(String.format("1%08d.imap", a));
            write(message, message(domain, user, a, random), a);
        }
    }

    private int archivedPerUser() {
        return Math.max(1, messagesPerUser / 2);
    }

    private static void writeConfig(Path config) throws IOException {
        write(config.resolve("settings.cfg"), bytes("[settings]\nversion=14\n"), 0);
        write(config.resolve("webserver.dat"), bytes("webserver\n"), 0);
        write(config.resolve("_webmail").resolve("server.xml"), bytes("<server><dbconn/></server>\n"), 0);
        for (String domain : DOMAINS) {
            write(config.resolve(domain).resolve("domain.dat"), bytes(domain + "\n"), 0);
        }
    }

    private static void writeSpam(Path spam) throws IOException {
        write(spam.resolve("spam.dat"), bytes("antispam settings\n"), 0);
        write(spam.resolve("reports").resolve("bypass.dat"), bytes("\n"), 0);
        write(spam.resolve("rules").resolve("local.cf"), bytes("required_score 5.0\n"), 0);
    }

    private static void writeCalendar(Path calendar) throws IOException {
        write(calendar.resolve("groupware.dat"), bytes("groupware\n"), 0);
    }

    private static byte[] message(String domain, String user, int number, Random random) {
        StringBuilder text = new StringBuilder(4096);
        text.append("From: sender").append(number).append("@example.net\r\n")
                .append("To: ").append(user).append('@').append(domain).append("\r\n")
                .append("Subject: Message ").append(number).append("\r\n\r\n");
        // One message in 50 carries a 256 KiB attachment, as real mailboxes mix small and large files.
        int bodyLines = number % 50 == 0 ? 3400 : 20 + random.nextInt(60);
        for (int line = 0; line < bodyLines; line++) {
            text.append(Long.toString(random.nextLong(), 36)).append(" lorem ipsum dolor sit amet\r\n");
        }
        return bytes(text.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path file, byte[] content, int minutesAfterEpoch) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
        Files.setLastModifiedTime(file, FileTime.from(EPOCH.plusSeconds(60L * minutesAfterEpoch)));
    }
}
