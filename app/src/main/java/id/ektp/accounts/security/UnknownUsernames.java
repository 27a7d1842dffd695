package id.ektp.accounts.security;

/**
 * What the audit log writes for a login attempt with a username no officer has. The typed text is
 * never stored: it may be markup, a password typed into the wrong field, kilobytes of junk or control
 * characters. Instead the entry names {@code unknown-} and a short keyed hash of the text, so that
 * repeated attempts with one name can be told apart from a spray of names, within one run of the
 * platform (the key is not kept across restarts, so the hash cannot be tested against guesses later).
 */
final class UnknownUsernames {

    static final String PREFIX = "unknown-";
    private static final int HEX_DIGITS = 12;
    /** The length of the username column; anything longer names nobody. */
    static final int MAX_USERNAME = 64;

    private final KeyedHash keyedHash = new KeyedHash();

    /**
     * Whether the text could be an officer's username at all; if not it is not even looked up, since a
     * NUL character would make PostgreSQL refuse the query and turn a failed login into a server error.
     */
    static boolean couldBeAnOfficer(String typed) {
        return !typed.isEmpty() && typed.length() <= MAX_USERNAME && typed.chars().noneMatch(Character::isISOControl);
    }

    String pseudonym(String typed) {
        return PREFIX + keyedHash.of(typed).substring(0, HEX_DIGITS);
    }
}
