package id.ektp.enrollment.campaign;

/** Where a campaign stands: opened by the Dinas, signed by the Camat and its letters being made, all letters ready. */
public enum CampaignStatus {
    DRAFT, SIGNING, SIGNED
}
