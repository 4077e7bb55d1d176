package io.repwise.user.token;

import java.time.Clock;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import io.repwise.common.security.SecurityProperties;
import io.repwise.common.security.TokenChecks;

/**
 * user-service signs tokens with its own keys and checks them against the same keys, instead of
 * fetching its own JWKS over HTTP as the other services do.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningKeyProperties.class)
class TokenConfiguration {

	@Bean
	SigningKeys signingKeys(SigningKeyProperties properties) {
		return SigningKeys.load(properties);
	}

	@Bean
	AccessTokenIssuer accessTokenIssuer(SigningKeys keys, SecurityProperties security, SigningKeyProperties properties,
			Clock clock) {
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.current())));
		return new AccessTokenIssuer(encoder, keys, security, properties, clock);
	}

	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, SecurityProperties security) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(keys.publicKeys()))
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(TokenChecks.validator(security));
		return decoder;
	}

}
