package id.ektp.enrollment.signing;

/** A scanned summons QR that does not hold up; {@link #refusal()} says why. */
public class QrRefusedException extends RuntimeException {

    private final QrRefusal refusal;
    private final String kecamatanCode;

    QrRefusedException(QrRefusal refusal, String kecamatanCode) {
        super("the QR " + refusal.reason() + (kecamatanCode == null ? "" : " (" + kecamatanCode + ")"));
        this.refusal = refusal;
        this.kecamatanCode = kecamatanCode;
    }

    public QrRefusal refusal() {
        return refusal;
    }

    /** The kecamatan the QR names, when it was readable; empty otherwise. */
    public String kecamatanCode() {
        return kecamatanCode == null ? "" : kecamatanCode;
    }
}
