package id.ektp.registry.regions;

import id.ektp.registry.RegistryException;

/** A region CSV that cannot be imported; the message names the line. Nothing of that import is stored. */
public class RegionImportException extends RegistryException {

    private final long lineNumber;

    public RegionImportException(long lineNumber, String reason) {
        super("file", "line " + lineNumber + ": " + reason);
        this.lineNumber = lineNumber;
    }

    /** A refused line whose reason the message bundles hold under {@code code}; the line is argument {0}. */
    public RegionImportException(long lineNumber, String code, String reason, Object... args) {
        super("file", code, "line " + lineNumber + ": " + reason, withLine(lineNumber, args));
        this.lineNumber = lineNumber;
    }

    private static Object[] withLine(long lineNumber, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = String.valueOf(lineNumber); // not "1,234": a line number is not a quantity
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    public long lineNumber() {
        return lineNumber;
    }
}
