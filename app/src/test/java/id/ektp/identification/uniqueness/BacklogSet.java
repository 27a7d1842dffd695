package id.ektp.identification.uniqueness;

import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateInterchange;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lab's backlog set ({@code BacklogSetWriter}'s file, which the application cannot link to), read in its
 * order: the header, the gallery persons, then the backlog records with what was planted in them.
 */
final class BacklogSet implements Closeable {

    private static final TemplateInterchange INTERCHANGE = new TemplateInterchange();

    private final Path file;
    private final DataInputStream in;
    private final int galleryPersons;
    private final int backlogRecords;
    private final long seed;

    /** One person's fingers as ISO/IEC 19794-2:2005 records. */
    record Person(Map<FingerPosition, byte[]> iso) {
        TenPrint tenPrint() {
            Map<FingerPosition, FingerTemplate> fingers = new EnumMap<>(FingerPosition.class);
            iso.forEach((p, r) -> fingers.put(p, INTERCHANGE.importTemplate(r)));
            return TenPrint.of(fingers);
        }
    }

    /** What a backlog record is: new, a duplicate of gallery person {@code mate}, or of earlier backlog record {@code mate}. */
    record Planted(Kind kind, int mate, Person person) {
    }

    enum Kind {
        NEW, OF_GALLERY_PERSON, OF_BACKLOG_RECORD
    }

    private BacklogSet(Path file) throws IOException {
        this.file = file;
        this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20));
        byte[] magic = in.readNBytes(8);
        if (!"EKTPBKL1".equals(new String(magic, StandardCharsets.US_ASCII))) {
            in.close();
            throw new IOException(file + " is not a backlog set (EKTPBKL1)");
        }
        galleryPersons = in.readInt();
        backlogRecords = in.readInt();
        seed = in.readLong();
    }

    static BacklogSet open(Path file) throws IOException {
        return new BacklogSet(file);
    }

    int galleryPersons() {
        return galleryPersons;
    }

    int backlogRecords() {
        return backlogRecords;
    }

    /** What a prepared gallery must have been built from to serve this set. */
    String identity() throws IOException {
        return "backlog set " + file.toAbsolutePath() + ", " + Files.size(file) + " bytes, modified " + Files.getLastModifiedTime(file)
                + ", seed " + seed + ", " + galleryPersons + " gallery persons\n";
    }

    /** The next gallery person. */
    Person nextPerson() throws IOException {
        int fingers = in.readByte();
        Map<FingerPosition, byte[]> iso = new EnumMap<>(FingerPosition.class);
        for (int f = 0; f < fingers; f++) {
            FingerPosition position = FingerPosition.ofIsoCode(in.readByte());
            iso.put(position, in.readNBytes(in.readInt()));
        }
        return new Person(iso);
    }

    /** Passes over the gallery persons (a prepared gallery holds them already). */
    void skipGallery() throws IOException {
        for (int i = 0; i < galleryPersons; i++) {
            int fingers = in.readByte();
            for (int f = 0; f < fingers; f++) {
                in.readByte();
                in.skipNBytes(in.readInt());
            }
        }
    }

    /** The first {@code count} backlog records (after the gallery persons were read or skipped). */
    List<Planted> backlog(int count) throws IOException {
        List<Planted> backlog = new ArrayList<>(count);
        for (int i = 0; i < Math.min(count, backlogRecords); i++) {
            Kind kind = Kind.values()[in.readByte()];
            int mate = in.readInt();
            backlog.add(new Planted(kind, mate, nextPerson()));
        }
        return backlog;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
