package id.ektp.identification.intake;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** A station certificate names its station in the subject's common name, nothing else. */
final class StationNames {

    private StationNames() {
    }

    /** The station ID of a certificate the station CA issued, or null when its subject has no common name. */
    static String stationIdOf(X509Certificate certificate) {
        RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return names.length == 1 ? IETFUtils.valueToString(names[0].getFirst().getValue()) : null;
    }
}
