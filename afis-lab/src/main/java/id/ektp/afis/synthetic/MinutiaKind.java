package id.ektp.afis.synthetic;

public enum MinutiaKind {
    ENDING,
    BIFURCATION
}
