package id.ektp.packet;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;

/**
 * Opens a sealed packet at central: decrypts it with central's key, checks the station's signature over
 * the content, checks that the station's certificate was issued by the station CA and valid when it signed,
 * and reads the JSON. Each refusal names its {@link PacketException.Reason}.
 */
public final class PacketOpener {

    private final PrivateKey centralKey;
    private final X509Certificate centralCertificate;
    private final X509Certificate stationCa;

    public PacketOpener(PrivateKey centralKey, X509Certificate centralCertificate, X509Certificate stationCa) {
        this.centralKey = centralKey;
        this.centralCertificate = centralCertificate;
        this.stationCa = stationCa;
    }

    public OpenedPacket open(byte[] sealed) {
        CMSSignedData signed = signedData(decrypt(sealed));
        SignerInformation signer = onlySigner(signed);
        X509Certificate certificate = signerCertificate(signed, signer);
        checkSignature(signer, certificate);
        checkTrusted(certificate);
        byte[] json = (byte[]) signed.getSignedContent().getContent();
        return new OpenedPacket(PacketJson.read(json), certificate);
    }

    private byte[] decrypt(byte[] sealed) {
        CMSEnvelopedData enveloped;
        try {
            enveloped = new CMSEnvelopedData(sealed);
        } catch (CMSException | RuntimeException e) {
            throw new PacketException(PacketException.Reason.MALFORMED, "not a CMS EnvelopedData", e);
        }
        RecipientInformation recipient = enveloped.getRecipientInfos().get(new JceKeyTransRecipientId(centralCertificate));
        if (recipient == null) {
            throw new PacketException(PacketException.Reason.NOT_FOR_THIS_RECIPIENT,
                    "the packet is not encrypted for " + centralCertificate.getSubjectX500Principal().getName());
        }
        try {
            return recipient.getContent(new JceKeyTransEnvelopedRecipient(centralKey).setProvider(BouncyCastle.PROVIDER));
        } catch (CMSException e) {
            // The recipient id matched but the key does not unwrap it, or the ciphertext was cut or altered.
            throw new PacketException(PacketException.Reason.MALFORMED, "cannot decrypt: " + e.getMessage(), e);
        }
    }

    private static CMSSignedData signedData(byte[] content) {
        try {
            return new CMSSignedData(content);
        } catch (CMSException | RuntimeException e) {
            throw new PacketException(PacketException.Reason.MALFORMED, "the decrypted content is not a CMS SignedData", e);
        }
    }

    private static SignerInformation onlySigner(CMSSignedData signed) {
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1 || signed.getSignedContent() == null) {
            throw new PacketException(PacketException.Reason.MALFORMED,
                    "a packet has its content and exactly one signer, found " + signers.size());
        }
        return signers.iterator().next();
    }

    private static X509Certificate signerCertificate(CMSSignedData signed, SignerInformation signer) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            throw new PacketException(PacketException.Reason.SIGNER_NOT_TRUSTED, "the signer's certificate is not included");
        }
        try {
            return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            throw new PacketException(PacketException.Reason.MALFORMED, "unreadable signer certificate", e);
        }
    }

    private static void checkSignature(SignerInformation signer, X509Certificate certificate) {
        boolean valid;
        try {
            valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER).build(certificate));
        } catch (OperatorCreationException | CMSException e) {
            valid = false;
        }
        if (!valid) {
            throw new PacketException(PacketException.Reason.SIGNATURE_INVALID, "the signature does not match the content");
        }
    }

    private void checkTrusted(X509Certificate certificate) {
        try {
            certificate.verify(stationCa.getPublicKey(), BouncyCastle.PROVIDER);
            certificate.checkValidity(new Date());
        } catch (GeneralSecurityException e) {
            throw new PacketException(PacketException.Reason.SIGNER_NOT_TRUSTED,
                    "signer " + certificate.getSubjectX500Principal().getName() + " is not a valid station certificate: "
                            + e.getMessage(), e);
        }
    }
}
