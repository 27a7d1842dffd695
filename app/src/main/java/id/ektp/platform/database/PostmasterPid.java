package id.ektp.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a running PostgreSQL server writes into {@code postmaster.pid} in its data folder: its process id,
 * the data folder it was started on, its port and its state. A server whose JVM was killed keeps running
 * (it is not the JVM's child in any way the kernel enforces), so a start reads this file to find it.
 */
record PostmasterPid(long pid, Path dataDirectory, int port, String status) {

    static final String FILE = "postmaster.pid";

    static Optional<PostmasterPid> read(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(FILE));
            if (lines.size() < 4) {
                return Optional.empty(); // being written by a server that is starting
            }
            String status = lines.size() >= 8 ? lines.get(7).trim() : "";
            return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).trim()), Path.of(lines.get(1).trim()),
                    Integer.parseInt(lines.get(3).trim()), status));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The server this file names still runs: the process is alive and is PostgreSQL on this very data folder. */
    boolean running(Path ourDataDirectory) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        boolean postgres = process.get().info().command().map(c -> c.endsWith("/postgres")).orElse(true);
        return postgres && sameFolder(ourDataDirectory);
    }

    boolean ready() {
        return "ready".equals(status);
    }

    private boolean sameFolder(Path ours) {
        try {
            return Files.isSameFile(dataDirectory, ours);
        } catch (IOException e) {
            return dataDirectory.toAbsolutePath().normalize().equals(ours.toAbsolutePath().normalize());
        }
    }
}
