package id.ektp.platform.domain;

/** The named record does not exist (or the caller may not know it exists). */
public class NotFoundException extends DomainException {

    private final String subjectType;
    private final String subjectId;

    public NotFoundException(String subjectType, String subjectId) {
        super(Kind.NOT_FOUND, subjectType + " " + subjectId + " not found");
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
