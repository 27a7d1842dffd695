/**
 * Officers, their roles, offices and regions, login, authorisation and the audit trail. Its API is this
 * package: other modules use {@link id.ektp.accounts.CurrentOfficer} to learn who acts and where they may
 * act, {@link id.ektp.accounts.SystemActor} for work of the platform itself,
 * {@link id.ektp.accounts.AuditTrail} with the typed {@link id.ektp.accounts.AuditAction}s to record every
 * read and change of a resident's record, and publish their {@link id.ektp.accounts.RoleRules}. The
 * sub-packages ({@code audit}, {@code officers}, {@code security}, {@code web}, {@code demo}) are internal.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"platform :: domain", "platform :: web", "platform :: startup"})
package id.ektp.accounts;
