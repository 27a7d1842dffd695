package id.ektp.packet;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Seals a packet at the service point: its JSON signed by the station (CMS SignedData, the content
 * encapsulated, the station's certificate included) and that SignedData encrypted for central (CMS
 * EnvelopedData, AES-256-CBC, the key wrapped for central's RSA certificate). Sign-then-encrypt, so the
 * signature is checked on what the service point wrote and no one on the way learns whose packet it is.
 */
public final class PacketSealer {

    private final PrivateKey stationKey;
    private final X509Certificate stationCertificate;
    private final X509Certificate centralCertificate;

    public PacketSealer(PrivateKey stationKey, X509Certificate stationCertificate, X509Certificate centralCertificate) {
        this.stationKey = stationKey;
        this.stationCertificate = stationCertificate;
        this.centralCertificate = centralCertificate;
    }

    /** The sealed packet, DER-encoded CMS (ContentInfo of type envelopedData). */
    public byte[] seal(EnrolmentPacket packet) {
        return envelope(sign(PacketJson.write(packet)));
    }

    /** The DER ContentInfo of a SignedData over {@code content}. */
    byte[] sign(byte[] content) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build())
                    .build(new JcaContentSignerBuilder(signatureAlgorithm()).setProvider(BouncyCastle.PROVIDER)
                            .build(stationKey), stationCertificate));
            generator.addCertificates(new JcaCertStore(List.of(stationCertificate)));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), true);
            return signed.getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("cannot sign with the station key", e);
        }
    }

    /** {@code content} encrypted for central, as DER ContentInfo of an EnvelopedData. */
    byte[] envelope(byte[] content) {
        try {
            CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
            generator.addRecipientInfoGenerator(
                    new JceKeyTransRecipientInfoGenerator(centralCertificate).setProvider(BouncyCastle.PROVIDER));
            return generator.generate(new CMSProcessableByteArray(content),
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).setProvider(BouncyCastle.PROVIDER).build())
                    .getEncoded();
        } catch (CMSException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("cannot encrypt for central's certificate", e);
        }
    }

    private String signatureAlgorithm() {
        return switch (stationKey.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("station keys are EC or RSA, not " + stationKey.getAlgorithm());
        };
    }
}
