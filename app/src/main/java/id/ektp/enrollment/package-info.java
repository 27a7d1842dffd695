/**
 * The service point's side of the flow, up to the capture: mass campaigns of summons letters that the
 * Dinas opens from the wajib-KTP list and the Camat signs (a QR per letter, a compact JWS verified with
 * the Camat's certificate), their delivery through the desa/kelurahan, and the desk: check-in by the
 * summons QR or the NIK, the queue number of the day, the waiting-room display and the data check
 * against the registry; regular applications with their documents, fines and service level, and the
 * documents' scans, sealed at rest; then the biometric capture ({@code capture}: fingers scored by the
 * engine, the chip fingers verified 1:1, the record closed into its packet) and the packet's way to central
 * ({@code upload}).
 *
 * <p>It publishes no Java API yet: its pages and its REST API under {@code /api/v1} are its surface.
 * It uses the registry only through {@link id.ektp.registry.Residents} and {@link id.ektp.registry.WajibKtpList},
 * and accounts through {@link id.ektp.accounts.CurrentOfficer} and {@link id.ektp.accounts.AuditTrail}.
 * Everything in its sub-packages is internal to the module.
 */
package id.ektp.enrollment;
