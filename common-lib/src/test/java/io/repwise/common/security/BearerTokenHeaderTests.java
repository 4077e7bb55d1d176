package io.repwise.common.security;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads every header as Spring Security's own converter does: the same token, or the same refusal. */
class BearerTokenHeaderTests {

	static final String JWT = "eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJsaWZ0ZXIifQ.c2lnbmF0dXJlLXBhcnQtd2l0aC1fLWFuZC0w";

	@Test
	void everyHeaderIsReadAsSpringSecurityReadsIt() {
		List<String> headers = Arrays.asList(null, "", "Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Basic dXNlcjpwYXNz",
				"Bearer", "Bearer ", "Bearer  " + JWT, "Bearer a b", "Bearer abc==", "Bearer ab=c", "Bearerabc",
				"Bearer abc~+/-._", "Bearer =", "Bearer abc%20", "Bearer ünïcode", "Bearer abc\t", "Tokenless bearer",
				"Bearer " + JWT + "==", "Bearer\tabc");
		ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
		BearerTokenHeader ours = new BearerTokenHeader();
		for (String header : headers) {
			assertThat(read(ours, header)).as("[%s]", header).isEqualTo(read(spring, header));
		}
		assertThat(read(ours, "Bearer " + JWT)).isEqualTo(JWT);
		assertThat(read(ours, "Bearer a b")).isEqualTo("malformed");
	}

	/** The token read, "none" for no token, or "malformed" for a refusal. */
	private static String read(ServerAuthenticationConverter converter, String header) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/workouts");
		if (header != null) {
			request.header("Authorization", header);
		}
		try {
			Authentication authentication = converter.convert(MockServerWebExchange.from(request)).block();
			return (authentication != null) ? ((BearerTokenAuthenticationToken) authentication).getToken() : "none";
		}
		catch (OAuth2AuthenticationException ex) {
			return "malformed";
		}
	}

}
