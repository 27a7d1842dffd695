package id.ektp.packet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The sealed form is plain CMS: openssl, knowing only the keys, decrypts it, checks the signature and reads the JSON. */
class OpensslCmsTest {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    @Test
    void opensslDecryptsAndVerifiesAPacket(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(OPENSSL), "skipped: /usr/bin/openssl is not installed");
        TestPki pki = new TestPki();
        Files.write(dir.resolve("packet.cms"),
                new PacketSealer(pki.station.key(), pki.station.certificate(), pki.central.certificate()).seal(Packets.sample()));
        TestPki.writePem(dir.resolve("central.pem"), pki.central.certificate());
        TestPki.writePem(dir.resolve("central.key"), pki.central.key());
        TestPki.writePem(dir.resolve("station-ca.pem"), pki.stationCa.certificate());

        run(dir, "cms", "-decrypt", "-inform", "DER", "-in", "packet.cms", "-recip", "central.pem", "-inkey", "central.key",
                "-out", "signed.der");
        String verified = run(dir, "cms", "-verify", "-inform", "DER", "-in", "signed.der", "-CAfile", "station-ca.pem",
                "-purpose", "any", "-out", "packet.json");

        assertThat(verified).contains("Verification successful");
        assertThat(PacketJson.read(Files.readAllBytes(dir.resolve("packet.json")))).isEqualTo(Packets.sample());
    }

    private static String run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(OPENSSL.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("openssl %s: %s", String.join(" ", args), output).isZero();
        return output;
    }
}
