package id.ektp.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The platform as its own JVM (this test run's class path, {@code id.ektp.EktpApplication}), on a data
 * folder and HTTP port of its own: what a person runs, so that it can be killed, stopped and restarted
 * the way a real process is.
 */
public final class PlatformProcess implements AutoCloseable {

    static final String DEMO_PASSWORD = "demo-ektp-2026";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private final Process process;
    private final Path output;
    public final int httpPort;

    private PlatformProcess(Process process, Path output, int httpPort) {
        this.process = process;
        this.output = output;
        this.httpPort = httpPort;
    }

    /** Starts the demo platform on {@code dataDirectory} and returns once it answers HTTP. */
    public static PlatformProcess startDemo(Path dataDirectory, Path output, String... extraArgs) throws IOException {
        PlatformProcess platform = launchDemo(dataDirectory, output, extraArgs);
        platform.awaitHttp();
        return platform;
    }

    /** Starts the demo platform on {@code dataDirectory} and a given HTTP port, and returns once it answers HTTP. */
    public static PlatformProcess startDemo(Path dataDirectory, Path output, int port, String... extraArgs) throws IOException {
        PlatformProcess platform = launchDemo(dataDirectory, output, port, extraArgs);
        platform.awaitHttp();
        return platform;
    }

    /** Launches the demo platform without waiting for it. */
    public static PlatformProcess launchDemo(Path dataDirectory, Path output, String... extraArgs) throws IOException {
        return launchDemo(dataDirectory, output, freePort(), extraArgs);
    }

    private static PlatformProcess launchDemo(Path dataDirectory, Path output, int port, String... extraArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.profiles.active=demo",
                "--ektp.embedded-postgres.data-dir=" + dataDirectory));
        args.addAll(List.of(extraArgs));
        if (args.stream().noneMatch(a -> a.startsWith("--ektp.demo.planted-case.enabled="))) {
            // The planted grey-zone case would take the first tickets and records these tests count on.
            args.add("--ektp.demo.planted-case.enabled=false");
        }
        return new PlatformProcess(launch(args, output), output, port);
    }

    /** Runs a one-shot command ({@code --ektp.command=...}) to its end. */
    public static Result runCommand(Path output, String... args) throws IOException, InterruptedException {
        Process p = launch(List.of(args), output);
        if (!p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("command did not end: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), Files.readString(output));
    }

    public record Result(int exitCode, String output) {
    }

    static Process launch(List<String> args, Path output) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "id.ektp.EktpApplication"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A normal stop (SIGTERM, as systemd or Ctrl-C would), waiting for the JVM to end. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the platform did not stop within 60 s");
        }
        return process.exitValue();
    }

    /** SIGKILL to the JVM and, at the same moment, to its PostgreSQL server and every one of the server's processes. */
    public void killWithDatabase(Path dataDirectory) throws IOException {
        List<ProcessHandle> victims = new ArrayList<>();
        victims.add(process.toHandle());
        postmaster(dataDirectory).ifPresent(pm -> {
            victims.add(pm);
            pm.descendants().forEach(victims::add);
        });
        victims.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : victims) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("process " + p.pid() + " survived SIGKILL", e);
            }
        }
    }

    public static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void awaitHttp() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the platform ended during its start:\n" + tail(output()));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the platform did not answer HTTP within " + START_TIMEOUT + ":\n" + tail(output()));
    }

    static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
