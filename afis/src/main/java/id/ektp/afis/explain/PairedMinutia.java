package id.ektp.afis.explain;

import id.ektp.afis.template.Minutia;

/** A minutia of the probe finger and the candidate's minutia the matcher took for the same one. */
public record PairedMinutia(Minutia probe, Minutia candidate) {
}
