package id.ektp.platform.web;

import id.ektp.platform.domain.FieldProblem;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says a refused field and its reason in the language of the page ({@code messages.properties} in
 * Bahasa Indonesia, {@code messages_en.properties} in English). Templates use it as
 * {@code ${@problemMessages.reason(p)}}, so that no English reason of the API ends up inside the
 * Indonesian UI. Field labels are looked up as {@code <prefix>.<field>} and fall back to the field name.
 */
@Component("problemMessages")
public class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(FieldProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        if (problem.code() == null) {
            return problem.reason();
        }
        return messages.getMessage(problem.code(), problem.args().toArray(), problem.reason(), locale);
    }

    public String field(String prefix, FieldProblem problem) {
        return messages.getMessage(prefix + "." + problem.field(), null, problem.field(), LocaleContextHolder.getLocale());
    }
}
