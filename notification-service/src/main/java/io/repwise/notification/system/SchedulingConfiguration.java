package io.repwise.notification.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.repwise.notification.email.EmailProperties;

/** Stream heartbeats and email sending run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EmailProperties.class)
class SchedulingConfiguration {

}
