package id.ektp.enrollment.summons;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A top-to-bottom pen on one A4 page for the summons letter: centred heading lines, a rule, wrapped
 * paragraphs, "label : value" rows, a numbered list, an image and a right-hand block. It uses PDF's
 * standard fonts (Helvetica, Courier), which every viewer and printer has, so nothing is embedded and a
 * letter stays a few kilobytes; text they cannot show (outside WinAnsi) loses its accents or becomes "?".
 */
final class LetterLayout {

    /** The letter's three faces. */
    enum Face {
        REGULAR, BOLD, MONOSPACE
    }

    private static final float BODY = 11;
    private static final float LEADING = 1.4f;
    private static final float MM = 72f / 25.4f;
    private static final float LABEL_WIDTH = 30 * MM;
    private static final float COLON_WIDTH = 3 * MM;

    private final PDPageContentStream stream;
    // Per document: a font object carries caches and its PDF dictionary, neither made to be shared by two threads.
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont monospace = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final float left;
    private final float right;
    private float y;

    LetterLayout(PDPageContentStream stream, PDRectangle page, float margin) {
        this.stream = stream;
        this.left = margin;
        this.right = page.getWidth() - margin;
        this.y = page.getHeight() - margin;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void space(float points) {
        y -= points;
    }

    void centred(Face face, float size, String text) throws IOException {
        PDFont font = font(face);
        String shown = printable(font, text);
        line(font, size, left + (right - left - width(font, size, shown)) / 2, shown);
    }

    /** Centred in the right half of the page, where the Camat's block stands. */
    void centredRight(Face face, float size, String text) throws IOException {
        PDFont font = font(face);
        String shown = printable(font, text);
        float middle = (left + right) / 2;
        line(font, size, middle + (right - middle - width(font, size, shown)) / 2, shown);
    }

    void rule(float before, float thickness, float after) throws IOException {
        y -= before;
        stream.setLineWidth(thickness);
        stream.moveTo(left, y);
        stream.lineTo(right, y);
        stream.stroke();
        y -= after;
    }

    void paragraph(String text) throws IOException {
        paragraph(Face.REGULAR, BODY, text);
    }

    /** Wrapped at words, with half a line before and after, as the letter's paragraphs always had. */
    void paragraph(Face face, float size, String text) throws IOException {
        PDFont font = font(face);
        y -= size * 0.5f;
        for (String line : wrap(font, size, printable(font, text), right - left)) {
            line(font, size, left, line);
        }
        y -= size * 0.5f;
    }

    /** One "label : value" row, the value wrapped in its column. */
    void field(String label, String value) throws IOException {
        float top = y;
        line(regular, BODY, left, printable(regular, label));
        y = top;
        line(regular, BODY, left + LABEL_WIDTH, ":");
        y = top;
        float valueLeft = left + LABEL_WIDTH + COLON_WIDTH;
        for (String line : wrap(regular, BODY, printable(regular, value), right - valueLeft)) {
            line(regular, BODY, valueLeft, line);
        }
    }

    void numbered(int number, String text) throws IOException {
        float top = y;
        line(regular, BODY, left + 4 * MM, number + ".");
        y = top;
        for (String line : wrap(regular, BODY, printable(regular, text), right - left - 10 * MM)) {
            line(regular, BODY, left + 10 * MM, line);
        }
    }

    /** Draws a square image at the left margin from the current line down; returns its bottom. */
    float image(PDImageXObject image, float size) throws IOException {
        stream.drawImage(image, left, y - size, size, size);
        return y - size;
    }

    /** One line of text at the left margin below {@code top}, leaving the pen where it was; returns the line's bottom. */
    float textAt(Face face, float size, float top, String text) throws IOException {
        PDFont font = font(face);
        float saved = y;
        y = top;
        line(font, size, left, printable(font, text));
        float bottom = y;
        y = saved;
        return bottom;
    }

    /** Text without spaces to break at (the QR's token), broken wherever the line is full. */
    void characters(Face face, float size, String text) throws IOException {
        PDFont font = font(face);
        String shown = printable(font, text);
        int perLine = Math.max(1, (int) ((right - left) / (font.getStringWidth("0") / 1000 * size)));
        for (int i = 0; i < shown.length(); i += perLine) {
            line(font, size, left, shown.substring(i, Math.min(shown.length(), i + perLine)));
        }
    }

    private PDFont font(Face face) {
        return switch (face) {
            case REGULAR -> regular;
            case BOLD -> bold;
            case MONOSPACE -> monospace;
        };
    }

    private void line(PDFont font, float size, float x, String text) throws IOException {
        float baseline = y - size * (LEADING + 0.7f) / 2; // the glyphs' middle at the middle of the line box
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
        y -= size * LEADING;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text as the standard font can show it: accents dropped where the letter has none, else "?". */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (encodes(font, c)) {
                out.append(c);
            } else {
                String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!bare.isEmpty() && encodes(font, bare.charAt(0)) ? bare.charAt(0) : '?');
            }
        }
        return out.toString();
    }

    private static boolean encodes(PDFont font, char c) {
        if (c < 0x80) {
            return true;
        }
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
