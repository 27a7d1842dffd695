package id.ektp.packet;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PacketSealingTest {

    private final TestPki pki = new TestPki();
    private final PacketSealer sealer = new PacketSealer(pki.station.key(), pki.station.certificate(), pki.central.certificate());
    private final PacketOpener central = new PacketOpener(pki.central.key(), pki.central.certificate(), pki.stationCa.certificate());

    @Test
    void centralOpensWhatTheStationSealedAndKnowsWhoSignedIt() {
        OpenedPacket opened = central.open(sealer.seal(Packets.sample()));

        assertThat(opened.packet()).isEqualTo(Packets.sample());
        assertThat(opened.signer()).isEqualTo(pki.station.certificate());
    }

    @Test
    void theSealedBytesDoNotShowWhosePacketItIs() {
        String sealed = new String(sealer.seal(Packets.sample()), StandardCharsets.ISO_8859_1);

        assertThat(sealed).doesNotContain("3273014107900003", "Siti");
    }

    @Test
    void contentChangedAfterSigningIsRefused() {
        String signed = new String(sealer.sign(PacketJson.write(Packets.sample())), StandardCharsets.ISO_8859_1);
        byte[] altered = signed.replace("Siti Rahmawati", "Sita Rahmawati").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(altered).isNotEqualTo(signed.getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(sealer.envelope(altered), PacketException.Reason.SIGNATURE_INVALID);
    }

    @Test
    void aFlippedByteInTheCiphertextIsRefused() {
        byte[] sealed = sealer.seal(Packets.sample());
        sealed[sealed.length - 40] ^= 0x01;

        assertThatThrownBy(() -> central.open(sealed)).isInstanceOfSatisfying(PacketException.class,
                e -> assertThat(e.reason()).isIn(PacketException.Reason.MALFORMED, PacketException.Reason.SIGNATURE_INVALID));
    }

    @Test
    void aPacketForAnotherRecipientIsRefused() {
        TestPki.Party otherCentral = TestPki.issue("CN=Another intake,O=Dukcapil", TestPki.rsa(), null, false, Duration.ofDays(1));
        byte[] sealed = new PacketSealer(pki.station.key(), pki.station.certificate(), otherCentral.certificate())
                .seal(Packets.sample());

        assertRefused(sealed, PacketException.Reason.NOT_FOR_THIS_RECIPIENT);
    }

    @Test
    void aStationCertificateFromAnotherCaIsRefused() {
        TestPki.Party rogueCa = TestPki.issue("CN=Rogue CA", TestPki.ec(), null, true, Duration.ofDays(1));
        TestPki.Party rogue = TestPki.issue("CN=Station 32.73.01-01,O=Dukcapil", TestPki.ec(), rogueCa, false, Duration.ofDays(1));
        byte[] sealed = new PacketSealer(rogue.key(), rogue.certificate(), pki.central.certificate()).seal(Packets.sample());

        assertRefused(sealed, PacketException.Reason.SIGNER_NOT_TRUSTED);
    }

    @Test
    void bytesThatAreNoPacketAreRefused() {
        assertRefused("{\"formatVersion\":1}".getBytes(StandardCharsets.UTF_8), PacketException.Reason.MALFORMED);
    }

    private void assertRefused(byte[] sealed, PacketException.Reason reason) {
        assertThatThrownBy(() -> central.open(sealed)).isInstanceOfSatisfying(PacketException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
