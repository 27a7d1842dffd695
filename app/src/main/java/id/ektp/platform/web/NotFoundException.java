package id.ektp.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The named record does not exist (or the caller may not know it exists): answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final String subjectType;
    private final String subjectId;

    public NotFoundException(String subjectType, String subjectId) {
        super(subjectType + " " + subjectId + " not found");
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }
}
