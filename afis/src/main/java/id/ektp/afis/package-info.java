/**
 * The biometric engine: fingerprint templates, the gallery, 1:N identify and 1:1 verify. A plain Java
 * library with no Spring and no personal data: it knows reference IDs (UUIDs), fingers and templates.
 */
package id.ektp.afis;
