/**
 * Start-up order: {@link id.ektp.platform.startup.StartupSeed}s run before the HTTP port opens.
 */
@org.springframework.modulith.NamedInterface("startup")
package id.ektp.platform.startup;
