package id.ektp.registry.regions;

/** Told how far a long job (an import, a generated population) has come. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void advanced(long done, long total);
}
