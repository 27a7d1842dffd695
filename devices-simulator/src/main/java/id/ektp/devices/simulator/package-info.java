/**
 * A capture-device simulator that speaks the device protocol over real HTTP: synthetic fingerprints (or images from a
 * folder) for a chosen synthetic identity, placeholder face, iris and signature images, signed captures.
 */
package id.ektp.devices.simulator;
