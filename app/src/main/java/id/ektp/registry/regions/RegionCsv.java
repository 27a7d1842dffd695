package id.ektp.registry.regions;

import id.ektp.platform.web.ControlCharacters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code code,name} region list (the official Kemendagri list as published by the
 * {@code wilayah} data set): an optional header, dotted codes, names quoted when they hold a comma.
 * Every line is checked before anything is stored, so a bad line fails the whole file with its number.
 */
public final class RegionCsv {

    static final int MAX_NAME = 200;

    record Row(long line, String code, String name, RegionLevel level) {
    }

    private RegionCsv() {
    }

    static List<Row> read(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>(100_000);
        Set<String> seen = new HashSet<>(200_000);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String text;
        long line = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            if (line == 1 && text.strip().equalsIgnoreCase("code,name")) {
                continue;
            }
            List<String> fields = split(text, line);
            if (fields.size() != 2) {
                throw new RegionImportException(line, "problem.regions.fieldCount",
                        "expected 2 fields (code,name) but found " + fields.size(), fields.size());
            }
            String code = fields.get(0).strip();
            String name = fields.get(1).strip();
            rows.add(check(line, code, name, seen));
        }
        return rows;
    }

    private static Row check(long line, String code, String name, Set<String> seen) {
        RegionLevel level = RegionLevel.of(code).orElseThrow(() -> new RegionImportException(line, "problem.regions.code",
                "'" + code + "' is not a region code (32, 32.73, 32.73.01 or 32.73.01.1001)", code));
        if (name.isEmpty()) {
            throw new RegionImportException(line, "problem.regions.noName", "region " + code + " has no name", code);
        }
        int control = ControlCharacters.firstIn(name);
        if (control >= 0) {
            throw new RegionImportException(line, "the name of " + code + " " + ControlCharacters.reason(name, control));
        }
        if (name.length() > MAX_NAME) {
            throw new RegionImportException(line, "problem.regions.nameLength",
                    "the name of " + code + " is longer than " + MAX_NAME + " characters", code, MAX_NAME);
        }
        if (!seen.add(code)) {
            throw new RegionImportException(line, "problem.regions.twice", "region " + code + " appears twice", code);
        }
        return new Row(line, code, name, level);
    }

    /** Splits one CSV line: fields separated by commas, a field in double quotes may hold commas and "" for a quote. */
    public static List<String> split(String text, long line) {
        List<String> fields = new ArrayList<>(2);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new RegionImportException(line, "problem.regions.afterQuote", "text after a closing quote");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new RegionImportException(line, "problem.regions.openQuote", "a quote is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
