package id.ektp.platform.web;

/** The named record does not exist (or the caller may not know it exists): answered with 404. */
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
