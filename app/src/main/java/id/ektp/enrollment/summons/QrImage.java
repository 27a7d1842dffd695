package id.ektp.enrollment.summons;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The QR code of a text as a PDF image, drawn by ZXing: one bit per pixel, a whole number of pixels per
 * module (no module blurred by rounding), the standard 4-module quiet zone, written straight into the
 * image's compressed stream. The letter used to carry a PNG drawn pixel by pixel and decoded again by
 * the PDF renderer; that round trip cost more than the rest of the letter.
 */
final class QrImage {

    /** Pixels per module: enough for a decoder reading the image itself; the printed size is the letter's. */
    private static final int MODULE = 4;

    private QrImage() {
    }

    static BitMatrix matrix(String text) {
        try {
            // Level M: a printed letter gets folded and creased; M still reads with 15 % of the modules lost.
            // Size 0: one cell per module; the image below scales by whole pixels.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit a QR code", e);
        }
    }

    /** The matrix as a 1-bit grey image (0 black, 1 white), Flate-compressed, in the document. */
    static PDImageXObject image(PDDocument document, BitMatrix matrix) throws IOException {
        int size = matrix.getWidth() * MODULE;
        int rowBytes = (size + 7) / 8;
        byte[] bits = new byte[rowBytes * size];
        for (int y = 0; y < size; y++) {
            int moduleRow = y / MODULE;
            for (int x = 0; x < size; x++) {
                if (!matrix.get(x / MODULE, moduleRow)) {
                    bits[y * rowBytes + (x >> 3)] |= (byte) (0x80 >>> (x & 7));
                }
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(bits);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(1024);
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return new PDImageXObject(document, new ByteArrayInputStream(compressed.toByteArray()), COSName.FLATE_DECODE, size, size, 1,
                PDDeviceGray.INSTANCE);
    }
}
