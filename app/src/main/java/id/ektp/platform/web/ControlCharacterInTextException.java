package id.ektp.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON string with a control character in it; Jackson adds the field's path as it unwinds. */
class ControlCharacterInTextException extends InvalidFormatException {

    private final String reason;

    ControlCharacterInTextException(JsonParser parser, String value, String reason) {
        super(parser, reason, value, String.class);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
