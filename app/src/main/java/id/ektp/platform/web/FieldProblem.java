package id.ektp.platform.web;

/** One field of a request and why it was refused, as listed in a problem's {@code errors} array. */
public record FieldProblem(String field, String reason) {
}
