package io.repwise.common.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings every Repwise web application shares.
 *
 * @param maxRequestSize largest request body accepted before answering 413
 */
@ConfigurationProperties("repwise.web")
public record RepwiseWebProperties(DataSize maxRequestSize) {

	public RepwiseWebProperties {
		if (maxRequestSize == null) {
			maxRequestSize = DataSize.ofMegabytes(1);
		}
	}

}
