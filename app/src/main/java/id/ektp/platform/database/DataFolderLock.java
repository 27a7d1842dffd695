package id.ektp.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The claim of one platform process on a data folder, held as an OS file lock for the JVM's lifetime
 * (the kernel drops it when the JVM dies, even by SIGKILL). It is what tells a server left behind by a
 * killed platform (an orphan, safe to stop) from the server of a platform that still runs (not ours to
 * touch). The lock file sits beside the data folder, so it exists before the cluster is initialised.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path fileFor(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
    }

    /** @throws DatabaseUnavailableException when another live platform holds the folder */
    static DataFolderLock acquire(Path dataDirectory) {
        Path file = fileFor(dataDirectory);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw DatabaseUnavailableException.inUse(dataDirectory, holder.isEmpty() ? "?" : holder,
                        PostmasterPid.read(dataDirectory).map(PostmasterPid::port).orElse(0));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the JVM releases it on exit anyway
        }
    }
}
