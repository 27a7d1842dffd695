package id.ektp.accounts;

import java.util.Optional;

/** Who is acting in the current request. Implemented by the accounts module from the security context. */
public interface CurrentOfficer {

    /** The signed-in officer, if any. */
    Optional<Officer> find();

    /** The signed-in officer; throws when nobody is signed in (the security layer should have refused). */
    default Officer get() {
        return find().orElseThrow(() -> new IllegalStateException("no officer is signed in"));
    }
}
