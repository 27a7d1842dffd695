package id.ektp.afis.index;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.store.AtRestCipher;
import id.ektp.afis.store.AtRestKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;

/**
 * The index snapshot's bytes sealed at rest: after the sealed header ({@link AtRestCipher#HEADER} bytes)
 * and the identity of the template file the snapshot belongs to (16 bytes), chunks
 * {@code [length: 4][nonce][ciphertext][tag]} of at most {@link #CHUNK} plaintext bytes, each bound to
 * its index, to that template file and to whether it is the last one: chunks cannot be reordered,
 * dropped or cut off at the end, and a snapshot cannot be put beside another gallery's template file
 * unseen. The snapshot's own format is unchanged inside.
 */
final class SealedChunks implements ByteChannel {

    static final String MAGIC = "EKTPIDXS";
    private static final int CHUNK = 1 << 20;
    private static final int FILE_ID = 16;

    private final FileChannel file;
    private final AtRestCipher cipher;
    private final byte[] templateFile;
    private final String what;
    private ByteBuffer plain;
    private long index;
    private boolean last;

    private SealedChunks(FileChannel file, AtRestCipher cipher, byte[] templateFile, String what) {
        this.file = file;
        this.cipher = cipher;
        this.templateFile = templateFile;
        this.what = what;
    }

    /** A new sealed snapshot written to {@code file} (positioned at 0), bound to the template file {@code templateFile}. */
    static SealedChunks create(FileChannel file, AtRestKey key, byte[] templateFile, String what) throws IOException {
        SealedChunks out = new SealedChunks(file, AtRestCipher.create(key, MAGIC), templateFile, what);
        writeFully(file, ByteBuffer.allocate(AtRestCipher.HEADER + FILE_ID).put(out.cipher.header()).put(templateFile).flip());
        out.plain = ByteBuffer.allocate(CHUNK);
        return out;
    }

    /**
     * The sealed snapshot in {@code file} (positioned at 0), or null when it belongs to another template
     * file than {@code templateFile} (the caller re-encodes from its own template file).
     *
     * @throws AfisException {@link Reason#WRONG_STORE_KEY} if sealed under another key, {@link Reason#CORRUPT_STORE} if damaged
     */
    static SealedChunks open(FileChannel file, AtRestKey key, byte[] templateFile, String what) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(AtRestCipher.HEADER + FILE_ID);
        readFully(file, head, what);
        AtRestCipher cipher = AtRestCipher.fromHeader(key, MAGIC, head.array(), what);
        byte[] boundTo = new byte[FILE_ID];
        head.position(AtRestCipher.HEADER);
        head.get(boundTo);
        if (!MessageDigest.isEqual(boundTo, templateFile)) {
            return null;
        }
        SealedChunks in = new SealedChunks(file, cipher, templateFile, what);
        in.plain = ByteBuffer.allocate(0);
        return in;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        int written = source.remaining();
        while (source.hasRemaining()) {
            if (!plain.hasRemaining()) {
                sealChunk(false);
            }
            int n = Math.min(plain.remaining(), source.remaining());
            ByteBuffer slice = source.slice();
            slice.limit(n);
            plain.put(slice);
            source.position(source.position() + n);
        }
        return written;
    }

    /** Seals what is buffered as the last chunk (possibly empty); the snapshot is complete after this. */
    void finish() throws IOException {
        sealChunk(true);
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        if (!plain.hasRemaining()) {
            if (last) {
                return -1;
            }
            openChunk();
        }
        int n = Math.min(plain.remaining(), target.remaining());
        ByteBuffer slice = plain.slice();
        slice.limit(n);
        target.put(slice);
        plain.position(plain.position() + n);
        return n;
    }

    private void sealChunk(boolean lastChunk) throws IOException {
        byte[] sealed = cipher.seal(plain.array(), 0, plain.position(), associated(index++, lastChunk));
        writeFully(file, ByteBuffer.allocate(4 + sealed.length).putInt(sealed.length).put(sealed).flip());
        plain.clear();
    }

    private void openChunk() throws IOException {
        ByteBuffer length = ByteBuffer.allocate(4);
        readFully(file, length, what);
        int size = length.getInt(0);
        if (size < AtRestCipher.OVERHEAD || size > CHUNK + AtRestCipher.OVERHEAD) {
            throw new AfisException(Reason.CORRUPT_STORE, what + ": chunk " + index + " declares " + size + " bytes");
        }
        ByteBuffer sealed = ByteBuffer.allocate(size);
        readFully(file, sealed, what);
        // the last chunk is the one whose tag holds as last: a snapshot cut after any other chunk fails here
        boolean lastChunk = file.position() == file.size();
        plain = ByteBuffer.wrap(cipher.open(sealed.array(), 0, size, associated(index, lastChunk), what + ", chunk " + index));
        index++;
        last = lastChunk;
    }

    private byte[] associated(long chunk, boolean lastChunk) {
        byte[] position = cipher.associated(chunk);
        return ByteBuffer.allocate(position.length + FILE_ID + 1).put(position).put(templateFile).put((byte) (lastChunk ? 1 : 0)).array();
    }

    private static void writeFully(FileChannel file, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            file.write(buffer);
        }
    }

    private static void readFully(FileChannel file, ByteBuffer buffer, String what) throws IOException {
        while (buffer.hasRemaining()) {
            if (file.read(buffer) < 0) {
                throw new AfisException(Reason.CORRUPT_STORE, what + " ends early");
            }
        }
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    @Override
    public void close() {
        // the caller owns the file channel
    }
}
