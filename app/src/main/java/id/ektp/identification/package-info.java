/**
 * The central data centre: packet intake from the service points (verified, opened, stored exactly once),
 * the uniqueness check of every record against everyone recorded (1:N with the AFIS engine, which no other
 * module uses), adjudication of unclear cases and duplicates sent back for clarification.
 *
 * <p>API: {@link id.ektp.identification.ReceivedPackets} with {@link id.ektp.identification.CentralStatus},
 * and the events {@link id.ektp.identification.PacketReceived}, {@link id.ektp.identification.CaseDecided},
 * {@link id.ektp.identification.DuplicateResolved}. Sub-packages are internal: {@code intake} (stations and
 * packets received), {@code uniqueness} (the pipeline and the gallery), {@code adjudication}.
 */
package id.ektp.identification;
