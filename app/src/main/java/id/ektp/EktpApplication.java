package id.ektp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The e-KTP issuance platform: one Spring Boot application, one top-level package per step of the
 * flow of a record (registry, enrollment, identification, personalization, distribution) with
 * accounts, notification and complaints beside them. See README.md for the module map.
 */
@Modulithic(sharedModules = "platform")
// Spring Boot's own Hazelcast instance stays off: Hazelcast is on the class path for the clustered gallery
// (afis-cluster, issue 16), which starts its own lite member only when ektp.gallery.cluster.members is set.
@SpringBootApplication(excludeName = {"org.springframework.boot.autoconfigure.hazelcast.HazelcastAutoConfiguration",
        "org.springframework.boot.autoconfigure.hazelcast.HazelcastJpaDependencyAutoConfiguration"})
public class EktpApplication {

    public static void main(String[] args) {
        SpringApplication.run(EktpApplication.class, args);
    }
}
