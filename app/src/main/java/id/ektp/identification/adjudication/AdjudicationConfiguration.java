package id.ektp.identification.adjudication;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdjudicationSettings.class)
class AdjudicationConfiguration {
}
