/**
 * The service point's client of the device protocol. It knows only the protocol: a real scanner's service and the
 * simulator are the same to it. Every capture is verified against the device certificate before it is returned.
 */
package id.ektp.devices.client;
