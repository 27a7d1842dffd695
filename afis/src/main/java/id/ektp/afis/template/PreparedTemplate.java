package id.ektp.afis.template;

import com.machinezoo.sourceafis.FingerprintTemplate;
import com.machinezoo.sourceafis.engine.features.FeatureMinutia;
import com.machinezoo.sourceafis.engine.features.MinutiaType;
import com.machinezoo.sourceafis.engine.features.NeighborEdge;
import com.machinezoo.sourceafis.engine.features.SearchMinutia;
import com.machinezoo.sourceafis.engine.primitives.IntPoint;
import com.machinezoo.sourceafis.engine.templates.SearchTemplate;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * The engine's own serialized form of a SourceAFIS template: the matcher's search structure as it is
 * in memory, minutiae in SourceAFIS's order <em>and</em> the neighbour-edge table, so that loading it
 * builds the objects directly.
 *
 * <p>Why: SourceAFIS's own form (CBOR) keeps only the minutiae, and every load rebuilds the edge table
 * (each minutia's nearest neighbours), about 50 us of the ~57 us a load costs, as long as a comparison's
 * half. A gallery reload reads millions of templates and the fast search's second stage reads hundreds
 * per probe; with the table stored, a load is a few microseconds. Scores are identical to SourceAFIS's
 * own deserialization (tested on every FVC2002 pair of a set).
 *
 * <p>The structure is SourceAFIS's public engine classes ({@code SearchTemplate}, {@code SearchMinutia},
 * {@code NeighborEdge}); only creating a {@code SearchTemplate} without rebuilding its table, and
 * wrapping it in a {@link FingerprintTemplate}, need reflection. Both are checked when this class loads;
 * if a SourceAFIS upgrade moves them, the error says so and {@link FingerTemplate#toSourceAfisBytes()}
 * still writes the portable form.
 *
 * <p>Layout (big-endian): magic "EKPT", version 1, width and height (2 bytes each), minutia count n
 * (2 bytes); n times x, y (2 bytes each), direction (float), type (1 byte: 0 ending, 1 bifurcation);
 * then for every minutia its neighbour count (1 byte) and the neighbours' indexes (1 byte each when
 * n &lt;= 256, else 2).
 *
 * <p>This is the one stored form of a template: the gallery store's records and the fast gallery's
 * template file both hold these bytes (the latter inside a tagged entry, {@code index.StoredFinger},
 * because its older files may hold ISO records instead).
 */
public final class PreparedTemplate {

    static final int MAGIC = 0x454B5054; // "EKPT"
    static final byte VERSION = 1;
    private static final MethodHandle NEW_SEARCH_TEMPLATE;
    private static final MethodHandle SET_WIDTH;
    private static final MethodHandle SET_HEIGHT;
    private static final MethodHandle SET_MINUTIAE;
    private static final MethodHandle SET_EDGES;
    private static final MethodHandle WRAP;
    private static final MethodHandle INNER;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Constructor<SearchTemplate> empty = SearchTemplate.class.getDeclaredConstructor();
            empty.setAccessible(true);
            NEW_SEARCH_TEMPLATE = lookup.unreflectConstructor(empty);
            SET_WIDTH = setter(lookup, "width");
            SET_HEIGHT = setter(lookup, "height");
            SET_MINUTIAE = setter(lookup, "minutiae");
            SET_EDGES = setter(lookup, "edges");
            Constructor<FingerprintTemplate> wrap = FingerprintTemplate.class.getDeclaredConstructor(SearchTemplate.class);
            wrap.setAccessible(true);
            WRAP = lookup.unreflectConstructor(wrap);
            Field inner = FingerprintTemplate.class.getDeclaredField("inner");
            inner.setAccessible(true);
            INNER = lookup.unreflectGetter(inner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("this SourceAFIS version does not have the search-template layout "
                    + "the prepared template form needs (built for 3.18): " + e);
        }
    }

    private PreparedTemplate() {
    }

    private static MethodHandle setter(MethodHandles.Lookup lookup, String name) throws ReflectiveOperationException {
        Field field = SearchTemplate.class.getDeclaredField(name);
        field.setAccessible(true);
        return lookup.unreflectSetter(field);
    }

    /** Whether {@code bytes} begin like the prepared form (SourceAFIS's CBOR form never does). */
    public static boolean isPrepared(byte[] bytes) {
        return bytes.length >= 5 && ByteBuffer.wrap(bytes).getInt() == MAGIC;
    }

    public static byte[] write(FingerprintTemplate template) {
        SearchTemplate search = search(template);
        SearchMinutia[] minutiae = search.minutiae;
        NeighborEdge[][] edges = search.edges;
        int n = minutiae.length;
        boolean wide = n > 256;
        int size = 4 + 1 + 2 + 2 + 2 + n * 9;
        for (NeighborEdge[] row : edges) {
            size += 1 + row.length * (wide ? 2 : 1);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(MAGIC).put(VERSION).putShort(search.width).putShort(search.height).putShort((short) n);
        for (SearchMinutia m : minutiae) {
            out.putShort(m.x).putShort(m.y).putFloat(m.direction).put((byte) (m.type == MinutiaType.BIFURCATION ? 1 : 0));
        }
        for (NeighborEdge[] row : edges) {
            out.put((byte) row.length);
            for (NeighborEdge edge : row) {
                if (wide) {
                    out.putShort(edge.neighbor);
                } else {
                    out.put((byte) edge.neighbor);
                }
            }
        }
        return out.array();
    }

    /**
     * @throws AfisException {@code CORRUPT_TEMPLATE} naming the problem if the bytes are not a whole,
     *                       consistent prepared template
     */
    public static FingerprintTemplate read(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (in.getInt() != MAGIC) {
                throw corrupt("it does not start with the prepared-template magic");
            }
            byte version = in.get();
            if (version != VERSION) {
                throw corrupt("version " + version + " is not readable by this build (reads " + VERSION + ")");
            }
            short width = in.getShort();
            short height = in.getShort();
            int n = in.getShort() & 0xffff;
            if (width <= 0 || height <= 0) {
                throw corrupt("image size " + width + "x" + height + " is not positive");
            }
            SearchMinutia[] minutiae = new SearchMinutia[n];
            for (int i = 0; i < n; i++) {
                int x = in.getShort();
                int y = in.getShort();
                float direction = in.getFloat();
                byte type = in.get();
                if (!(direction >= 0 && direction < 2 * Math.PI + 1e-3) || type < 0 || type > 1) {
                    throw corrupt("minutia " + i + " has direction " + direction + " or type " + type + " out of range");
                }
                minutiae[i] = new SearchMinutia(new FeatureMinutia(new IntPoint(x, y), direction,
                        type == 1 ? MinutiaType.BIFURCATION : MinutiaType.ENDING));
            }
            boolean wide = n > 256;
            NeighborEdge[][] edges = new NeighborEdge[n][];
            for (int i = 0; i < n; i++) {
                int count = in.get() & 0xff;
                NeighborEdge[] row = new NeighborEdge[count];
                for (int k = 0; k < count; k++) {
                    int neighbor = wide ? in.getShort() & 0xffff : in.get() & 0xff;
                    if (neighbor >= n || neighbor == i) {
                        throw corrupt("minutia " + i + " names neighbour " + neighbor + " of " + n);
                    }
                    row[k] = new NeighborEdge(minutiae, i, neighbor);
                }
                edges[i] = row;
            }
            if (in.hasRemaining()) {
                throw corrupt(in.remaining() + " bytes after the edge table");
            }
            return (FingerprintTemplate) WRAP.invoke(searchTemplate(width, height, minutiae, edges));
        } catch (BufferUnderflowException e) {
            throw corrupt("it is truncated (" + bytes.length + " bytes)");
        } catch (AfisException e) {
            throw e;
        } catch (Throwable e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, "prepared template cannot be built: " + e, e);
        }
    }

    private static SearchTemplate searchTemplate(short width, short height, SearchMinutia[] minutiae, NeighborEdge[][] edges)
            throws Throwable {
        SearchTemplate search = (SearchTemplate) NEW_SEARCH_TEMPLATE.invoke();
        SET_WIDTH.invoke(search, width);
        SET_HEIGHT.invoke(search, height);
        SET_MINUTIAE.invoke(search, minutiae);
        SET_EDGES.invoke(search, edges);
        return search;
    }

    /**
     * The minutiae in the matcher's own order, the order the matcher's pairing names them by (see
     * {@code verify.PairingExplainer}).
     */
    static java.util.List<Minutia> minutiae(FingerprintTemplate template) {
        SearchMinutia[] minutiae = search(template).minutiae;
        java.util.List<Minutia> list = new java.util.ArrayList<>(minutiae.length);
        for (SearchMinutia m : minutiae) {
            list.add(new Minutia(m.x, m.y, m.direction, m.type == MinutiaType.BIFURCATION ? Minutia.Type.BIFURCATION : Minutia.Type.ENDING));
        }
        return java.util.List.copyOf(list);
    }

    /** SourceAFIS's search structure inside a template (for {@link FlatTemplate#of}). */
    static SearchTemplate search(FingerprintTemplate template) {
        try {
            return (SearchTemplate) INNER.invoke(template);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read SourceAFIS's search template: " + e, e);
        }
    }

    private static AfisException corrupt(String why) {
        return new AfisException(Reason.CORRUPT_TEMPLATE, "prepared template is corrupt: " + why);
    }
}
