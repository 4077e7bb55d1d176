package io.repwise.workout.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Exercise library responses carry an ETag (a hash of the body), so a client that already has
 * the page asks with If-None-Match and gets a bodiless 304. The controller sets Cache-Control.
 */
@Configuration(proxyBeanMethods = false)
class LibraryCachingConfiguration {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> exerciseLibraryEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/exercises", "/api/v1/exercises/*");
		return registration;
	}

}
