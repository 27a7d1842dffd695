package id.ektp.registry;

/** A resident was entered into the registry. */
public record ResidentRegistered(String nik, String kkNumber, String desaCode) {
}
