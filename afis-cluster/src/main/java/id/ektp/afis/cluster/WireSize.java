package id.ektp.afis.cluster;

import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;

/**
 * The bytes a task or answer puts on the wire, counted by writing it to a plain stream as Hazelcast's
 * own writer would (the same {@code writeData}); Hazelcast's packet header adds a few dozen bytes.
 */
final class WireSize {

    private WireSize() {
    }

    static long of(IdentifiedDataSerializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        ObjectDataOutput out = (ObjectDataOutput) Proxy.newProxyInstance(WireSize.class.getClassLoader(),
                new Class<?>[] {ObjectDataOutput.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "writeByte" -> data.writeByte((Integer) args[0]);
                        case "writeBoolean" -> data.writeBoolean((Boolean) args[0]);
                        case "writeInt" -> data.writeInt((Integer) args[0]);
                        case "writeLong" -> data.writeLong((Long) args[0]);
                        case "writeFloat" -> data.writeFloat((Float) args[0]);
                        case "writeDouble" -> data.writeDouble((Double) args[0]);
                        case "writeByteArray" -> {
                            byte[] b = (byte[]) args[0];
                            data.writeInt(b.length);
                            data.write(b);
                        }
                        case "writeIntArray" -> {
                            int[] a = (int[]) args[0];
                            data.writeInt(a.length);
                            for (int v : a) {
                                data.writeInt(v);
                            }
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
        try {
            value.writeData(out);
            data.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.size();
    }
}
