package id.ektp.afis.evaluation;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as indented JSON; enough for the report files. */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append("{");
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                out.append('\n').append(indent).append("  ");
                string(e.getKey().toString(), out);
                out.append(": ");
                write(e.getValue(), out, indent + "  ");
                if (it.hasNext())
                    out.append(',');
            }
            out.append(map.isEmpty() ? "}" : "\n" + indent + "}");
        } else if (value instanceof List<?> list) {
            boolean flat = list.stream().allMatch(v -> v instanceof Number || v instanceof double[]);
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (!flat)
                    out.append('\n').append(indent).append("  ");
                write(list.get(i), out, indent + "  ");
                if (i < list.size() - 1)
                    out.append(flat ? ", " : ",");
            }
            out.append(flat || list.isEmpty() ? "]" : "\n" + indent + "]");
        } else if (value instanceof double[] array) {
            out.append('[');
            for (int i = 0; i < array.length; i++)
                out.append(i > 0 ? ", " : "").append(number(array[i]));
            out.append(']');
        } else if (value instanceof Double || value instanceof Float) {
            out.append(number(((Number) value).doubleValue()));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(value.toString(), out);
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v))
            return "null";
        if (v == Math.rint(v) && Math.abs(v) < 1e15)
            return Long.toString((long) v);
        return String.format(java.util.Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "");
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20)
                        out.append(String.format("\\u%04x", (int) c));
                    else
                        out.append(c);
                }
            }
        }
        out.append('"');
    }
}
