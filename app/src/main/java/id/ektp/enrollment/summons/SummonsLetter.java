package id.ektp.enrollment.summons;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A summons letter as an A4 PDF: the Thymeleaf template {@code enrollment/summons-letter} (well-formed
 * XHTML, as openhtmltopdf wants) rendered on PDFBox, with the signed QR as an embedded PNG. The letter
 * speaks Bahasa Indonesia: it goes to the resident, not to an officer.
 */
@Component
public class SummonsLetter {

    /** What one letter shows. */
    public record Content(Summons summons, String desaName, String kecamatanName, String camatName, LocalDate lastDay, String qrText) {
    }

    private final ITemplateEngine templates;

    SummonsLetter(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(Content content) {
        Context context = new Context(Locale.forLanguageTag("id"));
        context.setVariable("letter", content);
        context.setVariable("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrImage.png(content.qrText())));
        String xhtml = templates.process("enrollment/summons-letter", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("summons " + content.summons().id() + " cannot be rendered", e);
        }
        return out.toByteArray();
    }
}
