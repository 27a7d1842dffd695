package id.ektp.devices.client;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which device certificates the service point accepts: those issued by the certification authorities of certified
 * device providers (PKIX path validation, validity dates included).
 */
public final class DeviceTrust {
    private final Set<TrustAnchor> anchors;

    private DeviceTrust(Set<TrustAnchor> anchors) {
        this.anchors = anchors;
    }

    public static DeviceTrust issuedBy(X509Certificate... providerAuthorities) {
        if (providerAuthorities.length == 0) {
            throw new IllegalArgumentException("At least one device provider CA is needed");
        }
        return new DeviceTrust(Arrays.stream(providerAuthorities).map(ca -> new TrustAnchor(ca, null))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** @throws DeviceSignatureException when the certificate does not chain to a trusted provider CA */
    void check(X509Certificate device) {
        try {
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(device));
            PKIXParameters parameters = new PKIXParameters(anchors);
            // Device certificates of this protocol carry no revocation pointers; revocation is a trust-list update.
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
        } catch (GeneralSecurityException e) {
            throw new DeviceSignatureException("Device certificate " + device.getSubjectX500Principal().getName()
                    + " is not issued by a trusted device provider: " + e.getMessage(), e);
        }
    }
}
