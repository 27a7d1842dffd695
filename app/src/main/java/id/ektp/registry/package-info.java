/**
 * The population registry: Kemendagri regions, residents and their families (KK), NIK and KK
 * numbers, who must hold a KTP (wajib KTP), search and the history of every change.
 *
 * <p>Its API is this package: other modules use {@link id.ektp.registry.Residents} to look a resident up by
 * NIK and to mark their e-KTP status, {@link id.ektp.registry.WajibKtpList} for the per-kecamatan list, and
 * listen to {@link id.ektp.registry.ResidentRegistered}. Everything else is internal, one sub-package per
 * concern: {@code regions}, {@code residents}, {@code numbering} (NIK and KK), {@code web} (API and pages),
 * {@code demo} (synthetic population), {@code commands}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Registry",
        allowedDependencies = {"accounts", "platform :: domain", "platform :: web", "platform :: startup"})
package id.ektp.registry;
