package id.ektp.enrollment.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.ektp.accounts.AccountsTestSupport;
import id.ektp.accounts.SystemActor;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.PacketJson;
import id.ektp.platform.startup.DataFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The README's two openssl commands open a packet as the platform stores it, with the files central keeps
 * (its encryption certificate and key, the station CA's certificate): standard tools read the sealed form.
 */
class OpensslOpensAPacketTest extends AccountsTestSupport {

    static final Path OPENSSL = Path.of("/usr/bin/openssl");

    @Autowired
    PacketOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataFolders folders;

    @TempDir
    Path work;

    @Test
    void opensslDecryptsAndVerifiesAStoredPacketWithCentralsFiles() throws Exception {
        assumeTrue(Files.isExecutable(OPENSSL), "skipped: no /usr/bin/openssl on this machine");
        EnrolmentPacket packet = TestPackets.packet(UUID.randomUUID(), "3273015403000201", "Ayu Pertiwi", 5);
        SystemActor.run("test", () -> transactions.executeWithoutResult(s -> outbox.submit(packet)));
        Path sealed = work.resolve("packet.cms");
        Files.write(sealed, jdbc.sql("SELECT sealed FROM packet_outbox WHERE packet_id = ?").param(packet.packetId())
                .query((rs, n) -> rs.getBytes(1)).single());
        Path central = folders.folder(null, "central");

        run("cms", "-decrypt", "-inform", "DER", "-in", sealed.toString(), "-recip", central.resolve("central.crt").toString(),
                "-inkey", central.resolve("central.key").toString(), "-out", work.resolve("signed.der").toString());
        String verified = run("cms", "-verify", "-inform", "DER", "-in", work.resolve("signed.der").toString(),
                "-CAfile", central.resolve("station-ca.crt").toString(), "-purpose", "any", "-out", work.resolve("packet.json").toString());

        assertThat(verified).contains("Verification successful");
        EnrolmentPacket opened = PacketJson.read(Files.readAllBytes(work.resolve("packet.json")));
        assertThat(opened.packetId()).isEqualTo(packet.packetId());
        assertThat(opened.biometrics()).isEqualTo(packet.biometrics());
    }

    private String run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(OPENSSL.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
