/**
 * The local device protocol between the service point and its capture devices (fingerprint scanner, camera, iris
 * camera, signature pad): discovery, device info with the device certificate, and signed captures. Specified in
 * {@code docs/devices.md}; the messages here are its JSON documents.
 */
package id.ektp.devices.protocol;
