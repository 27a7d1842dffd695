package id.ektp.identification.uniqueness;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.AfisException;
import id.ektp.afis.gallery.DecisionThresholds;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.EnrolmentCheck;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import id.ektp.afis.template.TemplateFormat;
import id.ektp.afis.template.TemplateInterchange;
import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.CaptureMetadata.CaptureException;
import id.ektp.packet.Demographics;
import id.ektp.packet.EnrolmentPacket;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The first stage: what a packet must be before its fingers are searched. Intake has checked the signature,
 * the schema and the hashes; this checks what the engine relies on: each finger position once, every position
 * either captured or declared not capturable, sizes, and each finger's template. Central does not take a
 * station's template on trust: where the image came too, the template is extracted again from it (the one
 * that is searched) and the station's must match it; a template without an image passes the engine's own
 * record and enrolment checks.
 */
@Component
class PacketValidation {

    /** An ISO/ANSI record of 128 minutiae is under 1 KB; anything near this is not a finger template. */
    static final int MAX_TEMPLATE_BYTES = 16 * 1024;
    /** A 500 dpi rolled print of 1.6 x 1.5 inches is 600 KB raw; PNG and WSQ are smaller. */
    static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;
    private static final Set<BiometricFormat> TEMPLATES = EnumSet.of(BiometricFormat.ISO_19794_2_2005, BiometricFormat.ANSI_378_2004);
    private static final Set<BiometricFormat> IMAGES = EnumSet.of(BiometricFormat.PNG, BiometricFormat.WSQ);
    private static final Pattern NIK = Pattern.compile("\\d{16}");

    private final TemplateInterchange interchange = new TemplateInterchange();
    private final TemplateExtractor extractor = new TemplateExtractor();
    private final double verifyThreshold = DecisionThresholds.DEFAULT.verify();

    /**
     * The ten-print to search, from the packet's fingers.
     *
     * @throws PacketRefused naming the first problem found
     */
    TenPrint tenPrint(EnrolmentPacket packet) {
        demographics(packet.demographics());
        Map<FingerPosition, BiometricItem> templates = new EnumMap<>(FingerPosition.class);
        Map<FingerPosition, BiometricItem> images = new EnumMap<>(FingerPosition.class);
        for (BiometricItem item : packet.biometrics()) {
            if (item.modality() != BiometricItem.Modality.FINGER) {
                continue;
            }
            FingerPosition position = FingerPosition.ofIsoCode(item.position().isoCode());
            int size = item.data().length;
            if (TEMPLATES.contains(item.format())) {
                if (size > MAX_TEMPLATE_BYTES) {
                    throw new PacketRefused(position + ": a template of " + size + " bytes (at most " + MAX_TEMPLATE_BYTES + ")");
                }
                if (templates.put(position, item) != null) {
                    throw new PacketRefused(position + ": two templates for one finger");
                }
            } else if (IMAGES.contains(item.format())) {
                if (size > MAX_IMAGE_BYTES) {
                    throw new PacketRefused(position + ": an image of " + size + " bytes (at most " + MAX_IMAGE_BYTES + ")");
                }
                if (images.put(position, item) != null) {
                    throw new PacketRefused(position + ": two images for one finger");
                }
            } else {
                throw new PacketRefused(position + ": " + item.format() + " is not a fingerprint format");
            }
        }
        Set<FingerPosition> excepted = EnumSet.noneOf(FingerPosition.class);
        for (CaptureException e : packet.capture().exceptions()) {
            FingerPosition position = FingerPosition.ofIsoCode(e.position().isoCode());
            if (!excepted.add(position)) {
                throw new PacketRefused(position + ": declared not capturable twice");
            }
            if (templates.containsKey(position) || images.containsKey(position)) {
                throw new PacketRefused(position + ": captured and declared " + e.reason() + " at once");
            }
        }
        TenPrint.Builder print = TenPrint.builder();
        int fingers = 0;
        for (FingerPosition position : FingerPosition.values()) {
            BiometricItem template = templates.get(position);
            BiometricItem image = images.get(position);
            if (template == null && image == null) {
                if (!excepted.contains(position)) {
                    throw new PacketRefused(position + ": neither captured nor declared not capturable");
                }
                continue;
            }
            print.finger(position, finger(position, template, image));
            fingers++;
        }
        if (fingers == 0) {
            throw new PacketRefused("no finger was captured: a record without fingers cannot be checked for uniqueness");
        }
        return print.build();
    }

    private FingerTemplate finger(FingerPosition position, BiometricItem template, BiometricItem image) {
        try {
            FingerTemplate fromRecord = template == null ? null : fromRecord(position, template, template.data());
            FingerTemplate searched = fromRecord;
            if (image != null) {
                searched = extractor.extract(image.data(), Resolution.DPI_500);
                if (fromRecord != null) {
                    double score = new FingerprintMatcher(searched.sourceAfis()).match(fromRecord.sourceAfis());
                    if (score < verifyThreshold) {
                        throw new PacketRefused(position + ": the station's template does not match its image (score "
                                + Math.round(score) + ", at least " + Math.round(verifyThreshold) + ")");
                    }
                }
            }
            EnrolmentCheck.enrollable(searched);
            return searched;
        } catch (AfisException e) {
            throw new PacketRefused(position + ": " + e.getMessage(), e);
        }
    }

    private FingerTemplate fromRecord(FingerPosition position, BiometricItem item, byte[] record) {
        TemplateFormat format = interchange.check(record);
        boolean iso = format == TemplateFormat.ISO_19794_2_2005;
        if (iso != (item.format() == BiometricFormat.ISO_19794_2_2005)
                || !iso && format != TemplateFormat.ANSI_378_2004) {
            throw new PacketRefused(position + ": the item says " + item.format() + " but the record is " + format);
        }
        // The finger view header's first byte is its position: after ISO 2005's 24-byte record header, ANSI 2004's 26.
        int offset = iso ? 24 : 26;
        int stated = record.length > offset ? record[offset] & 0xff : 0;
        if (stated != 0 && stated != position.isoCode()) {
            throw new PacketRefused(position + ": the template states finger position " + stated);
        }
        return interchange.importTemplate(record);
    }

    private static void demographics(Demographics d) {
        if (d.nik() == null || !NIK.matcher(d.nik()).matches()) {
            throw new PacketRefused("the NIK must be 16 digits");
        }
        if (d.fullName() == null || d.fullName().isBlank()) {
            throw new PacketRefused("the full name is missing");
        }
        if (d.dateOfBirth() == null || d.sex() == null) {
            throw new PacketRefused("the birth date and sex are needed for the demographic check");
        }
        if (d.desaCode() == null || d.desaCode().isBlank()) {
            throw new PacketRefused("the desa code is missing");
        }
    }
}
