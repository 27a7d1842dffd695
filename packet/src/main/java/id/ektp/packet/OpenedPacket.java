package id.ektp.packet;

import java.security.cert.X509Certificate;

/** A packet that was decrypted, whose signature matched and whose signer central trusts. */
public record OpenedPacket(EnrolmentPacket packet, X509Certificate signer) {
}
