package id.ektp.afis.cluster;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import id.ektp.afis.store.AtRestKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What {@link GalleryMemberCommand} is told: read from a properties file ({@code --config=FILE}) and from
 * {@code --key=value} arguments, which win over the file, every problem reported at once with the setting's
 * name. Secrets (the database password, the gallery key) come from owner-only files, never from the command
 * line, where {@code ps} shows them to every user of the machine: the password from
 * {@code jdbc.password-file} or as {@code jdbc.password} in the config file.
 *
 * @param cluster    the cluster's name, interface, port, member list and partition count (central's must be the same)
 * @param directory  the member's own folder for its shard's template file (emptied at start)
 * @param jdbcUrl    the PostgreSQL database holding table {@value PostgresPersonSource#TABLE}
 * @param jdbcUser   the member's own role, which may only read that table
 * @param password   that role's password
 * @param key        central's gallery key, read from {@code gallery.key} (one Base64 line, owner-only)
 * @param sourceWait how long a member waits at start for the table to appear (central's migration creates it)
 */
record MemberSettings(ClusterSettings cluster, Path directory, String jdbcUrl, String jdbcUser, String password, AtRestKey key,
        Duration sourceWait) {

    /** Every setting with its default, null for the required ones; the order of the usage text. */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("cluster.name", "ektp-gallery");
        KNOWN.put("cluster.interface", null);
        KNOWN.put("cluster.members", null);
        KNOWN.put("cluster.port", "5701");
        KNOWN.put("cluster.partitions", "271");
        KNOWN.put("member.dir", null);
        KNOWN.put("jdbc.url", null);
        KNOWN.put("jdbc.user", null);
        KNOWN.put("jdbc.password-file", "");
        KNOWN.put("jdbc.password", "");
        KNOWN.put("gallery.key-file", null);
        KNOWN.put("source.wait", "PT10M");
    }

    static final String USAGE = """
            usage: java -jar afis-cluster-<version>-member.jar [--config=FILE] [--setting=value ...]
            settings (in FILE as setting=value, or as arguments, which win over the file):
              cluster.name          the gallery cluster's name, the same as central's (default ektp-gallery)
              cluster.interface     the private (WireGuard) address to bind to, e.g. 10.16.0.11 (required)
              cluster.members       every member's and central's address, comma-separated, e.g.
                                    10.16.0.11:5701,10.16.0.12:5701,10.16.0.2:5701 (required)
              cluster.port          the first port tried, the next 19 after it (default 5701)
              cluster.partitions    the partition count, the same as central's (default 271)
              member.dir            the member's own folder for its shard (emptied at start; required)
              jdbc.url              jdbc:postgresql://HOST:PORT/DATABASE of central's database (required)
              jdbc.user             the member's own role, which may only SELECT gallery_person (required)
              jdbc.password-file    a file holding that role's password on one line, owner-only; or
              jdbc.password         the password itself, in the config file only (then owner-only)
              gallery.key-file      central's gallery.key (one Base64 line, owner-only; required)
              source.wait           how long to wait at start for table gallery_person (default PT10M)
            """;

    /**
     * The settings from the arguments (and the file they name).
     *
     * @throws IllegalArgumentException naming every setting that is missing, unknown or malformed
     */
    static MemberSettings parse(List<String> args) {
        List<String> problems = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 3) {
                problems.add("argument '" + arg + "' is not --setting=value");
            } else {
                arguments.put(arg.substring(2, equals).trim(), arg.substring(equals + 1).trim());
            }
        }
        if (arguments.containsKey("jdbc.password")) {
            arguments.remove("jdbc.password");
            problems.add("jdbc.password may not be an argument (a command line is visible to every user of the machine):"
                    + " put it in the owner-only config file or in jdbc.password-file");
        }
        String config = arguments.remove("config");
        if (config != null) {
            Properties file = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of(config), StandardCharsets.UTF_8)) {
                file.load(in);
                file.stringPropertyNames().forEach(name -> given.put(name.trim(), file.getProperty(name).trim()));
                if (given.containsKey("jdbc.password")) {
                    SecretFile.checkOwnerOnly(Path.of(config));
                }
            } catch (IOException | IllegalStateException e) {
                problems.add("config file " + config + " cannot be read: " + e.getMessage());
            }
        }
        given.putAll(arguments);
        for (String name : given.keySet()) {
            if (!KNOWN.containsKey(name)) {
                problems.add("unknown setting " + name);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        KNOWN.forEach((name, fallback) -> {
            String value = given.getOrDefault(name, fallback);
            if (value == null || (value.isBlank() && fallback == null)) {
                problems.add("setting " + name + " is required");
            } else if (!value.isBlank()) {
                values.put(name, value);
            }
        });
        int port = number(values, "cluster.port", 1, 65_535, problems);
        int partitions = number(values, "cluster.partitions", 1, 10_000, problems);
        List<String> members = values.containsKey("cluster.members")
                ? Arrays.stream(values.get("cluster.members").split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList()
                : List.of();
        for (String member : members) {
            int colon = member.lastIndexOf(':');
            if (colon == 0 || (colon > 0 && !validPort(member.substring(colon + 1)))) {
                problems.add("cluster.members: '" + member + "' is not HOST or HOST:PORT");
            }
        }
        String url = values.get("jdbc.url");
        if (url != null && !url.startsWith("jdbc:postgresql://")) {
            problems.add("jdbc.url must be a PostgreSQL URL, jdbc:postgresql://HOST:PORT/DATABASE, was " + url);
        }
        String password = values.get("jdbc.password");
        if (values.containsKey("jdbc.password-file") == (password != null)) {
            problems.add("exactly one of jdbc.password-file and jdbc.password (in the config file) is required");
        } else if (password == null) {
            password = secret(values, "jdbc.password-file", problems);
        }
        AtRestKey key = null;
        String encodedKey = secret(values, "gallery.key-file", problems);
        if (encodedKey != null) {
            try {
                key = AtRestKey.of(Base64.getDecoder().decode(encodedKey));
            } catch (IllegalArgumentException e) {
                problems.add("gallery.key-file " + values.get("gallery.key-file") + " is not central's gallery.key (one Base64 line of 32 bytes)");
            }
        }
        Duration wait = null;
        if (values.containsKey("source.wait")) {
            try {
                wait = Duration.parse(values.get("source.wait"));
            } catch (DateTimeParseException e) {
                problems.add("source.wait must be an ISO-8601 duration such as PT10M, was " + values.get("source.wait"));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        ClusterSettings cluster = new ClusterSettings(values.get("cluster.name"), values.get("cluster.interface"), port, members, partitions);
        return new MemberSettings(cluster, Path.of(values.get("member.dir")), url, values.get("jdbc.user"), password, key, wait);
    }

    /** Never the password: settings end up in logs and exceptions. */
    @Override
    public String toString() {
        return "MemberSettings[" + cluster + ", directory=" + directory + ", jdbcUrl=" + jdbcUrl + ", jdbcUser=" + jdbcUser
                + ", password=(hidden), key=" + key + ", sourceWait=" + sourceWait + "]";
    }

    private static int number(Map<String, String> values, String name, int min, int max, List<String> problems) {
        String value = values.get(name);
        if (value == null) {
            return min;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("setting " + name + " must be a whole number from " + min + " to " + max + ", was " + value);
        return min;
    }

    private static boolean validPort(String port) {
        try {
            int n = Integer.parseInt(port);
            return n >= 1 && n <= 65_535;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The one line of an owner-only file; null (and a problem) if it cannot be read or others may read it. */
    private static String secret(Map<String, String> values, String name, List<String> problems) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return SecretFile.read(Path.of(value));
        } catch (IOException | IllegalStateException e) {
            problems.add("setting " + name + ": " + e.getMessage());
            return null;
        }
    }
}
