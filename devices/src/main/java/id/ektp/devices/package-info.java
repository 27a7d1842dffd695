/** Capture devices of the service point: the local HTTP device protocol, its client, and a simulator. */
package id.ektp.devices;
