package id.ektp.enrollment.summons;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * A summons letter as an A4 PDF, drawn with PDFBox: the heading of the kabupaten/kota and kecamatan,
 * the resident, where and when to come, what to bring, the QR with its text, and the Camat's signature
 * block. It used to be an XHTML template rendered by openhtmltopdf; that renderer's per-document setup
 * (parsing the page and its style sheet, laying out boxes, decoding the embedded PNG) made a letter cost
 * about 40 ms of CPU, so 50,000 letters took over an hour. The letter's layout is fixed, so it is drawn
 * directly ({@link LetterLayout}). The letter speaks Bahasa Indonesia: it goes to the resident.
 */
@Component
public class SummonsLetter {

    /** What one letter shows. */
    public record Content(Summons summons, String desaName, String kecamatanName, String kabupatenName, String camatName,
            LocalDate lastDay, String qrText) {
    }

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter SERVICE_DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter LAST_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final float MM = 72f / 25.4f;
    private static final float QR_SIZE = 40 * MM;

    public byte[] render(Content content) {
        Summons s = content.summons();
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Surat Panggilan " + s.nik());
            info.setCreator("e-KTP");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject qr = QrImage.image(document, QrImage.matrix(content.qrText()));
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                LetterLayout layout = new LetterLayout(stream, page.getMediaBox(), 20 * MM);
                layout.centred(LetterLayout.Face.REGULAR, 11, "PEMERINTAH " + content.kabupatenName().toUpperCase(INDONESIAN));
                layout.centred(LetterLayout.Face.REGULAR, 11, "KECAMATAN " + content.kecamatanName().toUpperCase(INDONESIAN));
                layout.centred(LetterLayout.Face.BOLD, 14, "SURAT PANGGILAN PEREKAMAN KTP ELEKTRONIK");
                layout.centred(LetterLayout.Face.REGULAR, 8, "Nomor: " + s.id());
                layout.rule(4 * MM, 2f, 6 * MM);
                layout.paragraph("Yang bertanda tangan di bawah ini, Camat " + content.kecamatanName() + ", memanggil:");
                layout.field("Nama", s.fullName());
                layout.field("NIK", s.nik());
                layout.field("Alamat", s.address());
                layout.field("Desa/Kelurahan", content.desaName());
                layout.paragraph("untuk datang melakukan perekaman KTP elektronik pada:");
                layout.field("Hari, tanggal", SERVICE_DAY.format(s.serviceDay()));
                layout.field("Tempat", s.place());
                layout.field("Berlaku sampai", LAST_DAY.format(content.lastDay()));
                layout.paragraph("Harap membawa:");
                layout.numbered(1, "surat panggilan ini;");
                layout.numbered(2, "fotokopi Kartu Keluarga (KK);");
                layout.numbered(3, "KTP lama, bila ada.");
                layout.space(12 * MM);
                float top = layout.y();
                float qrBottom = layout.image(qr, QR_SIZE);
                float captionBottom = layout.textAt(LetterLayout.Face.REGULAR, 8, qrBottom - 2, "Pindai kode QR ini di loket pelayanan.");
                // The Camat's block: the right half of the page, each line centred in it, from the QR's top.
                layout.moveTo(top);
                layout.centredRight(LetterLayout.Face.REGULAR, 11, "Camat " + content.kecamatanName());
                layout.space(2 * 11 * 1.4f);
                layout.centredRight(LetterLayout.Face.REGULAR, 11, "(ditandatangani secara elektronik)");
                layout.centredRight(LetterLayout.Face.REGULAR, 11, content.camatName());
                layout.centredRight(LetterLayout.Face.REGULAR, 11, "______________________________");
                layout.moveTo(Math.min(layout.y(), captionBottom) - 4 * MM);
                layout.paragraph(LetterLayout.Face.REGULAR, 8, "Teks kode QR (bila pemindai tidak tersedia, salin ke loket):");
                layout.characters(LetterLayout.Face.MONOSPACE, 6, content.qrText());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("summons " + s.id() + " cannot be rendered", e);
        }
    }
}
