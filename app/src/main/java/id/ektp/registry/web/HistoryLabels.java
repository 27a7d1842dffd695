package id.ektp.registry.web;

import id.ektp.registry.BloodGroup;
import id.ektp.registry.Religion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A resident's history in the language of the page: the history stores field names and values as the
 * record has them ({@code maritalStatus}, {@code CERAI_HIDUP}, {@code 2001-08-17}), which the page shows
 * as "Status Perkawinan", "Cerai Hidup", "17-08-2001". Used by the template as {@code @historyLabels}.
 */
@Component("historyLabels")
public class HistoryLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** The message prefix of each field whose values are enum constants named in the bundles. */
    private static final Map<String, String> ENUM_MESSAGES = Map.of(
            "sex", "registry.sex.",
            "maritalStatus", "registry.marital.",
            "familyRelation", "registry.relation.",
            "ktpStatus", "registry.ktpStatus.");

    private final MessageSource messages;

    HistoryLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String field(String field) {
        return messages.getMessage("registry.field." + field, null, field, LocaleContextHolder.getLocale());
    }

    public String value(String field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return "-";
        }
        try {
            String prefix = ENUM_MESSAGES.get(field);
            if (prefix != null) {
                return messages.getMessage(prefix + stored, null, stored, LocaleContextHolder.getLocale());
            }
            return switch (field) {
                case "religion" -> Religion.valueOf(stored).label();
                case "bloodGroup" -> BloodGroup.valueOf(stored).label();
                case "birthDate", "itapExpiry" -> LocalDate.parse(stored).format(DATE);
                default -> stored;
            };
        } catch (RuntimeException e) {
            return stored; // a value written by an older version: shown as stored rather than not at all
        }
    }
}
