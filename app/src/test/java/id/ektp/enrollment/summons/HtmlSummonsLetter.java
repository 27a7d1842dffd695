package id.ektp.enrollment.summons;

import com.google.zxing.common.BitMatrix;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lab only: the summons letter as the platform rendered it before {@link SummonsLetter} drew it with
 * PDFBox (an XHTML template through openhtmltopdf, the QR as a 360-pixel PNG drawn pixel by pixel), kept
 * so that the benchmark measures the old and the new renderer side by side in one run.
 */
final class HtmlSummonsLetter {

    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    HtmlSummonsLetter() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("lab/");
        resolver.setSuffix(".html");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    byte[] render(SummonsLetter.Content content) {
        Context context = new Context(Locale.forLanguageTag("id"));
        context.setVariable("letter", content);
        context.setVariable("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(png(content.qrText())));
        String xhtml = templates.process("summons-letter-openhtmltopdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The old QR image: ZXing scaled to 360 pixels, set pixel by pixel, written as PNG. */
    private static byte[] png(String text) {
        BitMatrix modules = QrImage.matrix(text);
        int scale = Math.max(1, 360 / modules.getWidth());
        int size = modules.getWidth() * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, modules.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
