/**
 * Officers, their roles, offices and regions, login, and the audit trail. Other modules use
 * {@link id.ektp.accounts.CurrentOfficer} to learn who acts and where they may act, and
 * {@link id.ektp.accounts.AuditTrail} to record every read and change of a resident's record.
 */
package id.ektp.accounts;
