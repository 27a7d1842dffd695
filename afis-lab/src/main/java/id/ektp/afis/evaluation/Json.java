package id.ektp.afis.evaluation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The evaluation report's JSON, written by Jackson. Measured rates are rounded to six significant
 * digits (more would be noise and make the report unreadable) and a rate that cannot be computed
 * (NaN, infinite) is written as {@code null}, which every JSON reader accepts.
 */
final class Json {
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("report-numbers")
                    .addSerializer(Double.class, new SignificantDigits())
                    .addSerializer(double.class, new SignificantDigits())
                    .addSerializer(Float.class, new SignificantFloat())
                    .addSerializer(double[].class, new SignificantArray()))
            .build()
            .writer();

    private Json() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the report as JSON: " + e.getMessage(), e);
        }
    }

    private static void writeNumber(double v, JsonGenerator out) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            out.writeNull();
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            out.writeNumber((long) v);
        } else {
            out.writeNumber(new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toString().toLowerCase(Locale.ROOT));
        }
    }

    private static final class SignificantDigits extends StdSerializer<Double> {
        SignificantDigits() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            writeNumber(value, out);
        }
    }

    private static final class SignificantFloat extends StdSerializer<Float> {
        SignificantFloat() {
            super(Float.class);
        }

        @Override
        public void serialize(Float value, JsonGenerator out, SerializerProvider provider) throws IOException {
            writeNumber(value, out);
        }
    }

    private static final class SignificantArray extends StdSerializer<double[]> {
        SignificantArray() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray(values, values.length);
            for (double v : values) {
                writeNumber(v, out);
            }
            out.writeEndArray();
        }
    }
}
