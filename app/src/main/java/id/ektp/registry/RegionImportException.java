package id.ektp.registry;

/** A region CSV that cannot be imported; the message names the line. Nothing of that import is stored. */
public class RegionImportException extends RegistryException {

    private final long lineNumber;

    public RegionImportException(long lineNumber, String reason) {
        super("file", "line " + lineNumber + ": " + reason);
        this.lineNumber = lineNumber;
    }

    public long lineNumber() {
        return lineNumber;
    }
}
