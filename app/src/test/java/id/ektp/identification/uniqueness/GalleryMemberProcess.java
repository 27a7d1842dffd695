package id.ektp.identification.uniqueness;

import id.ektp.platform.PlatformProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A gallery member as its own JVM (this test run's class path, afis-cluster's {@code GalleryMemberCommand}),
 * in the style of {@code PlatformProcess}: what an operator runs from the member jar, so that it can be killed
 * hard, stopped with SIGTERM and started again the way a real process is.
 */
final class GalleryMemberProcess implements AutoCloseable {

    private static final String MAIN = "id.ektp.afis.cluster.GalleryMemberCommand";

    private final Process process;
    private final Path output;

    private GalleryMemberProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Launches a member with these {@code --setting=value} arguments, its output (both streams) to {@code output}. */
    static GalleryMemberProcess launch(Path output, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), MAIN));
        command.addAll(args);
        return new GalleryMemberProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start(), output);
    }

    /** Waits until the member has said {@code line} (e.g. that it has joined and loaded). */
    void awaitOutput(String line, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(line)) {
            if (!process.isAlive()) {
                throw new AssertionError("the member ended (exit " + process.exitValue() + ") before saying '" + line + "':\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the member did not say '" + line + "' within " + timeout + ":\n" + tail());
            }
            PlatformProcess.sleep(200);
        }
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        String text = output();
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }

    /** SIGKILL, as a crash or a pulled power cord: no hand-over of its partitions. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the member survived SIGKILL");
        }
    }

    /** SIGTERM, as systemd's stop: the member hands its partitions over and ends. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the member did not stop within 90 s of SIGTERM:\n" + tail());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
