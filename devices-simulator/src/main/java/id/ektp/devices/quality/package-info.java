/**
 * Quality check of the synthetic fingerprints: SourceAFIS genuine and impostor score distributions of synthetic
 * impressions compared with the real FVC2002 sets, as a report command.
 */
package id.ektp.devices.quality;
