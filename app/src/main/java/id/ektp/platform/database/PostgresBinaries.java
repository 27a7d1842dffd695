package id.ektp.platform.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries that zonky ships on Maven Central, unpacked once into a folder of the
 * platform's OS user. Only the binaries come from zonky: its own start-up runs the server the way a test
 * wants it (no fsync, trust authentication, a socket in /tmp), which {@link PostgresServer} does not.
 */
final class PostgresBinaries {

    private PostgresBinaries() {
    }

    /** The {@code bin} folder holding {@code initdb}, {@code pg_ctl} and {@code postgres}, unpacked under {@code cache}. */
    static Path unpack(Path cache) {
        try {
            byte[] archive;
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
                if (in == null) {
                    throw new IllegalStateException("no PostgreSQL binaries on the class path for Linux " + architecture());
                }
                archive = in.readAllBytes();
            }
            Path target = cache.resolve("PG-" + digest(archive));
            if (Files.isRegularFile(target.resolve(".complete"))) {
                return target.resolve("bin");
            }
            PrivateFolder.create(cache);
            // Unpacked beside the target and moved in whole, so that two JVMs starting at once never see half a tree.
            Path staging = Files.createTempDirectory(cache, "unpacking-");
            extract(archive, staging);
            Files.createFile(staging.resolve(".complete"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
                PrivateFolder.delete(staging);
            }
            return target.resolve("bin");
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the PostgreSQL binaries into " + cache, e);
        }
    }

    private static void extract(byte[] archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().matches("(\\./)?bin/.*")) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static String digest(byte[] archive) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
