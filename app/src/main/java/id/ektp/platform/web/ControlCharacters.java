package id.ektp.platform.web;

/**
 * The rule every text field of the platform keeps: no control characters (Unicode category Cc: the
 * C0 range with NUL, tab and line breaks, DEL, and the C1 range). PostgreSQL cannot store NUL at all,
 * and the others have no place on a card, a letter or a list: every text field taken today (names,
 * places, streets, codes, passwords) is a single line.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The position of the first control character in {@code text}, or -1 when there is none. */
    public static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) == Character.CONTROL) {
                return i;
            }
        }
        return -1;
    }

    /** Why a text with a control character at {@code position} is refused, naming the character. */
    public static String reason(String text, int position) {
        return String.format("contains a control character (U+%04X) at position %d; text fields take printable characters only",
                (int) text.charAt(position), position + 1);
    }
}
