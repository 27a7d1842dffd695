package id.ektp.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Holds every text the platform takes to {@link ControlCharacters the control character rule}, at the
 * door rather than field by field: JSON strings as Jackson reads them (any request body), and query,
 * path and form parameters as Spring binds them (the API and the officer pages). A refused text never
 * reaches a service, so nothing is stored and PostgreSQL never sees a NUL.
 */
@ControllerAdvice
class TextInput {

    /** Registered by Spring Boot into the application's {@code ObjectMapper}. */
    @Bean
    static Module controlCharacterFreeText() {
        return new SimpleModule("control-character-free-text").addDeserializer(String.class, new TextDeserializer());
    }

    @InitBinder
    void parameters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextEditor());
    }

    /** A parameter refused for a control character; the problem handler reports its reason. */
    static final class ControlCharacterInParameter extends IllegalArgumentException {
        ControlCharacterInParameter(String reason) {
            super(reason);
        }
    }

    private static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            int position = text == null ? -1 : ControlCharacters.firstIn(text);
            if (position >= 0) {
                throw new ControlCharacterInTextException(parser, text, ControlCharacters.reason(text, position));
            }
            return text;
        }
    }

    private static final class TextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            int position = text == null ? -1 : ControlCharacters.firstIn(text);
            if (position >= 0) {
                throw new ControlCharacterInParameter(ControlCharacters.reason(text, position));
            }
            setValue(text);
        }
    }
}
