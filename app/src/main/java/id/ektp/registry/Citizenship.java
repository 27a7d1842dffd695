package id.ektp.registry;

/** Kewarganegaraan: citizen (WNI) or foreigner (WNA, who needs a permanent stay permit, ITAP). */
public enum Citizenship {
    WNI,
    WNA
}
