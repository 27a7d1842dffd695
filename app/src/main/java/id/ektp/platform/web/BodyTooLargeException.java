package id.ektp.platform.web;

import java.io.IOException;

/**
 * A request body that grew past its limit while it was being read (a chunked body announces no
 * length). An {@link IOException}, so that the readers it passes through (Jackson, the CSV import)
 * treat it as a failed read; the problem handler finds it among the causes and answers 413.
 */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
