/**
 * The population registry: Kemendagri regions, residents and their families (KK), NIK and KK
 * numbers, who must hold a KTP (wajib KTP), search and the history of every change.
 *
 * <p>Other modules use {@link id.ektp.registry.Residents} to look a resident up by NIK and to mark
 * their e-KTP status, {@link id.ektp.registry.WajibKtpList} for the per-kecamatan list, and listen to
 * {@link id.ektp.registry.ResidentRegistered}.
 */
package id.ektp.registry;
